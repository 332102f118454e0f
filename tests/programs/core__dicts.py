# Dicts keep insertion order; views, updates, defaults, merging.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.pop("a"), d, d.setdefault("n", []), d)
d["n"].append(1)
del d["c"]
print(d)
d.update({"x": 9}, y=8)
print(d, d | {"z": 0}, {**d, "b": -1})
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
squares = {n: n * n for n in range(5)}
print(squares, dict(zip("abc", range(3))), dict([("k", "v")]), dict(a=1))
for key, value in squares.items():
    if value > 4:
        print(key, "->", value)
print(squares.popitem(), squares, {1: "int", 1.0: "float", True: "bool"})
nested = {"user": {"name": "ann", "tags": ["x", "y"]}}
print(nested["user"]["tags"][1], nested)
d2 = dict.fromkeys(["p", "q"], 0)
d2 |= {"q": 5}
print(d2, d2 == {"q": 5, "p": 0}, list(reversed(d2)))
try:
    print(d2["missing"])
except KeyError as e:
    print("KeyError", e, repr(e))
