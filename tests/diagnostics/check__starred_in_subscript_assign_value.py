values = [1, 2]
x = *values
