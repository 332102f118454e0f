# bytes: literals, indexing, slicing, methods, comparisons, constructors.
b = b"hello world"
print(b, b[0], b[-1], b[1:5], b[::-1], len(b), b"o w" in b, 104 in b, b + b"!", b * 2)
print(b.split(), b.upper(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b.strip(b"hd"))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("é", "utf-8"), b"a\x00\n\t\\'", b"\x80\xff")
print(list(b"abc"), b"abc" == b"abc", b"abc" < b"abd", b"".join([b"a", b"b"]), b"-".join([b"x", b"y"]))
print(b.hex(), bytes.fromhex("de ad be ef"), b"AbC".lower(), b"a,b".split(b","), b"  x ".strip(), b"12".isdigit())
print(type(b[0]).__name__, type(b[0:1]).__name__, hash(b"abc") == hash(b"abc"), b"x" != "x", b.decode().title())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
