def greet(name, greeting):
    print(greeting, name)

greet(name="ann", greeting="hi", name="bob")
