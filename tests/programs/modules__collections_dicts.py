# collections.defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, groups["a"], "z" in groups, len(groups))
print(groups["z"], "z" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(dict(counts), counts.default_factory, isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
print(plain, plain.default_factory, defaultdict(None, {"a": 1}))
print(counts.get("missing"), "missing" in counts)
cp = groups.copy()
cp["c"].append("x")
print(type(cp).__name__, cp.default_factory, cp["q"], "q" in groups)
merged = defaultdict(set, {"a": {1}}) | {"b": {2}}
print(merged, type(merged).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {"y": 2, "x": 1}, od2 != od3)
print(OrderedDict.fromkeys("abc", 0), repr(OrderedDict()), od2 | {"z": 3})
print(list(reversed(od2)), od2.copy() == od2, isinstance(od2, dict))
od2.update(w=0)
od2.setdefault("v", 9)
print(od2)
for bad in [lambda: OrderedDict().popitem(), lambda: od2.move_to_end("nope")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
