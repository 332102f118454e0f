# Uncaught NameError for a misspelled name inside a function.
def greet(name):
    return "hi " + nme
print("start")
print(greet("x"))
