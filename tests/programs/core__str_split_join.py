# str.split/rsplit with and without separators and maxsplit; join.
s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.rsplit(",", 2), s.split(",", 0))
print("  a  b   c ".split(), "  a  b   c ".split(None, 1), "  a  b   c ".rsplit(None, 1), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "\ta\nb\r\nc\x0bd".split(), "x".rsplit("x"))
print(",".join([]), ",".join(["a"]), ", ".join("abc"), "".join(["x", "y"]), "-".join(str(i) for i in range(4)))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print("one two  three".split(" "), "1.2.3.4".rsplit(".", maxsplit=2), "k=v".split(sep="="))
