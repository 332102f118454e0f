# hash() of ints, floats, bools, tuples (deterministic across runs) and equal values hashing equal.
print(hash(0), hash(1), hash(-1), hash(-2), hash(123456789), hash(2 ** 61 - 2), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((True, 0.0, None is None)))
s = "some string"
print(hash(s) == hash("some " + "string"), hash(("a", 1)) == hash(("a", 1)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(None) == hash(None), hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
