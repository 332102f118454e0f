def outer():
    value = 1
    def inner(value):
        nonlocal value
        value += 1
    return inner
