# Assignment expressions in if, while, comprehensions (binding the enclosing scope) and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print(total, v)
big = [y for x in data if (y := x * 10) > 35]
print(big, y)
def f():
    [last := i for i in range(4)]
    return last
print(f(), (z := 5) + z, z)
print([(a, a * a) for a in range(4) if (b := a % 2)], b)
