# The strip family, padding and zfill.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxyhixyx".strip("xy"), "xxyhixyx".lstrip("xy"), "xxyhixyx".rstrip("xy"), "aaa".strip("a") + "|")
print(repr("abc".center(9)), repr("abc".center(8, "-")), repr("ab".center(7, "*")), repr("abc".center(2)))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(2)), repr("é".rjust(3, "·")))
print("42".zfill(6), "-42".zfill(6), "+42".zfill(6), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
