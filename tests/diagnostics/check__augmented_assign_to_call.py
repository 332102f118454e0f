def counter():
    return 0

counter() += 1
