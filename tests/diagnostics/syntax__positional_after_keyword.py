def greet(greeting, name):
    print(greeting, name)

greet(greeting="hi", "ann")
