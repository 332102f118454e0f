# dict insertion order survives updates, deletions and re-insertions; equality ignores order.
d = {}
for k in "dcba":
    d[k] = ord(k)
d["c"] = 0
del d["d"]
d["d"] = 1
print(d, list(d), d == {"a": 97, "b": 98, "c": 0, "d": 1})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups, {k: sum(v) for k, v in groups.items()}, {v: k for k, v in {"a": 1, "b": 2}.items()})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, len(nested["x"]["y"]), list(nested.values())[0])
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[1, 2], {None: 0}[None])
