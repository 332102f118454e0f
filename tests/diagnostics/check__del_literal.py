values = [1, 2, 3]
del 1
