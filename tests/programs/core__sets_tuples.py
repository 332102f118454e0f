# Sets (printed sorted, since set order is an implementation detail) and tuples.
a = {3, 1, 4, 1, 5, 9, 2, 6}
b = set(range(5))
print(sorted(a), len(a), 4 in a, 7 in a)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a > {1, 3}, {1, 3} <= a, a.isdisjoint({100}), set() == set())
a.add(100)
a.discard(3)
a.discard(12345)
print(sorted(a))
words = {w.lower() for w in "The the THE cat Cat".split()}
print(sorted(words), len(words))
fs = frozenset([1, 2])
print(sorted(fs), fs == {1, 2}, {fs: "frozen key"}[frozenset([2, 1])])
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[:2], len(t), t + (4,), t * 2, (5,), ())
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) == (2,), tuple("ab"), tuple([1]))
x, y, z = t
print(x, y, z, t.index(3.0), t.count(1))
point = 3, 4
print(point, type(point).__name__)
nested = ((1, 2), (3, (4, 5)))
((p, q), (r, (s, u))) = nested
print(p + q + r + s + u)
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
