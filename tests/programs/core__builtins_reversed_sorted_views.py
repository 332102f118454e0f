# reversed() over lists, tuples, strings, ranges, dicts and their views; sorted() over dict views and sets.
d = {"b": 2, "a": 1, "c": 3}
print(list(reversed([1, 2, 3])), tuple(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(1, 10, 4))))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d), sorted(d.values(), reverse=True), sorted({3, 1, 2}), sorted(frozenset("cab")), sorted(d, key=d.get))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
