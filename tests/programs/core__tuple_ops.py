# tuples: construction, methods, operators, nesting, hashing as dict keys.
t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t, (), (1,), tuple("ab"))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), max([(1, "b"), (1, "a")]), tuple(range(3)), tuple([x * x for x in t]))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,], (1, [2]) == (1, [2]), hash((1, 2)) == hash((1, 2)))
x, *rest = t
print(x, rest, type(rest).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), repr((1,)), str(("a", 'b"')))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
