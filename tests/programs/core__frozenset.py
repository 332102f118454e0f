# frozenset: immutable, hashable, mixes with set in operators.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
d = {f: "key"}
print(d[frozenset({1, 2, 3})], f == {1, 2, 3}, hash(frozenset()) == hash(frozenset()), frozenset(), frozenset("a"))
print(f.issubset({1, 2, 3, 4}), sorted(f.union([5])), sorted(f - {1}), {frozenset({1}), frozenset({1})} == {frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
