# repr, ascii, str and format on built-in values.
vals = [1, -2.5, "q'uote", 'd"q', "both'\"", "\n\t\x01", "é€😀", b"\x00a", None, True, [1, "a"], (1,), {"k": [1]}, range(3), range(1, 9, 2), 1e100, float("-inf"), ...]
for v in vals:
    print(repr(v), ascii(v), str(v))
print(repr(repr("x")), format(3.5), format("s"), format(255, "x"), format([1], ""))
class C:
    pass
print(repr(C).startswith("<class '"), repr(C()).startswith("<__main__.C object at 0x"), repr(print), repr(len), repr(NotImplemented), repr(Ellipsis))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
