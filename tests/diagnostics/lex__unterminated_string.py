def greet(name):
    message = "Hello, + name
    print(message)

greet("Ann")
