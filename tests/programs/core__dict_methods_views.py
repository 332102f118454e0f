# dict methods, views and operators; insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, "x" in d, 1 in d, "x" in d.keys(), 1 in d.values(), ("x", 1) in d.items())
k = d.keys()
d["new"] = 0
print(list(k), len(k), sorted(d.keys() & {"a", "x", "q"}), sorted(d.keys() | {"q"}), sorted(d.keys() - {"a"}))
e = d.copy()
del e["a"]
print(d == e, dict.fromkeys("ab", 0), dict(a=1, b=2), dict([(1, 2)]), dict(zip("xy", [1, 2])), {**d, "a": "over"})
print(d | {"a": 0}, {1: 1} == {1: 1.0}, list(reversed({1: 0, 2: 0})))
e |= {"q": 9}
e.clear()
print(e, {} == dict(), {1: 2}.items() == {(1, 2)})
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: {[1]: 2}]:
    try:
        bad()
    except (KeyError, TypeError) as err:
        print(type(err).__name__ + ":", err)
try:
    for key in d:
        d["added"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
