# The built-in type constructors called with no, one and several arguments.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), type(object()).__name__)
print(int("12"), int(12.9), int("-0"), float("1.5"), float(3), str(1.5), str([1, "a"]), str(b"x"), bool([0]), bool({}))
print(list("ab"), list({"k": 1}), list(range(2)), tuple([1, 2]), tuple("xy"), dict([("a", 1)], b=2), dict({"z": 0}))
print(sorted(set("banana")), sorted(frozenset([3, 1])), set([1, 1, 2]) == {1, 2}, list(map(type, [1, 1.0, "", None, True])) == [int, float, str, type(None), bool])
print(type(1)(5), type("s")("t"), type([])((1,)), int.__name__, str.__name__, type(int).__name__, bool.__mro__[1].__name__)
print(str(object) , str(int), str(type(None)), str(ValueError), type(ValueError("x")).__name__)
o = object()
print(o == o, o != object(), isinstance(o, object), type(o) is object)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int("1", base=1)
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
