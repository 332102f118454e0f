# An uncaught NameError for a misspelt built-in: the suggestion comes from the builtins.
def greet(who):
    pritn("hello", who)
greet("you")
