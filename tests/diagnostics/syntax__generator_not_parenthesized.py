values = [1, 2, 3]
print(sum(x * x for x in values, 0))
