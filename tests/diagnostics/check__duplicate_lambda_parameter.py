add = lambda a, b, a: a + b
