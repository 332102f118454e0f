# Chained assignment binds every target to the same value, left to right.
a = b = c = 0
x = y = [1, 2]
obj = type("O", (), {})()
obj.attr = d = {}
d["k"] = d["j"] = obj.attr
p, q = r = (1, 2)
i = j = k = l = m = "same"
print(a, b, c, x is y, d, p, q, r, i, m)
