# Comparison chains with every comparison operator, including in/not in/is/is not.
x, y, z = 1, 2, 3
print(x < y < z, x < y > z, x <= y >= 1, x == 1 != y)
print(x in [1] in [[1]], x not in [] not in [[]])
print(x is x is not None, None is None is None)
print(1 < x + 1 <= 2 == y < z > 0 != -1)
print(not x < y, (x < y) < z, x < (y < z))
print("a" < "b" < "c" in ["c"], [1] == [1] is not [1])
print(x<y, x>y, x<=y, x>=y, x==y, x!=y, x in(1,), x is not(y), x not in[2])
