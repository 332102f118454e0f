# An uncaught NameError inside a function: CPython suggests the function's own variable first.
def area(width, height):
    total = 0
    return widht * height + total
print(area.__code__.co_varnames)
area(2, 3)
