# global and nonlocal declarations, single and with several names.
counter = 0
total = 0
def bump():
    global counter, total
    counter += 1
    total = counter * 2
def outer():
    a = b = 0
    def inner():
        nonlocal a
        nonlocal b
        a, b = 1, 2
        def innermost():
            nonlocal a, b
            a += b
        innermost()
    inner()
    return a, b
bump()
print(counter, total, outer())
