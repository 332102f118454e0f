# enumerate, zip, map, filter: laziness, start=, strict=, multiple iterables, None predicate.
print(list(enumerate("abc", start=1)), list(enumerate([])), next(enumerate("z", 5)))
print(list(zip()), list(zip("ab", range(10))), list(zip([1, 2], [3, 4], [5, 6])), dict(zip("ab", "xy")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, [])), list(map(abs, range(-2, 2))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(str.isdigit, "a1b2")))
seen = []
def noisy(v):
    seen.append(v)
    return v
m = map(noisy, [1, 2, 3])
print(seen, next(m), seen, list(m), seen)
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
x, y = zip(*[(1, "a"), (2, "b")])
print(x, y)
