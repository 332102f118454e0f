# int.to_bytes/from_bytes (byte orders, signed), bit_count, as_integer_ratio, conjugate;
# str/bytes maketrans and translate; isascii; str.format_map.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes(), (0).to_bytes(3, "little"))
print((-129).to_bytes(2, byteorder="big", signed=True), (2 ** 70).to_bytes(9, "big"), (255).to_bytes(1, "big"), (-128).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "little"), int.from_bytes(b""), int.from_bytes(bytearray(b"\x80"), signed=True))
print((7).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count(), (6).as_integer_ratio(), (3).conjugate(), True.conjugate(), (2.5).conjugate())
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big"),
            lambda: (1).to_bytes(-1, "big"), lambda: (255).to_bytes(1, "big", signed=True), lambda: int.from_bytes([256])]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
t = str.maketrans("ab", "xy", "c")
print(t, str.maketrans({"a": "b", 98: None}), "abcabd".translate(t), "abc".translate({97: "AA", 98: None}), "héllo".translate({ord("é"): "e"}))
print(bytes.maketrans(b"ab", b"xy")[97:100], b"abc".translate(bytes.maketrans(b"ab", b"xy"), b"c"), b"abc".translate(None, b"b"), bytearray(b"abc").translate(None, delete=b"a"))
print("é".isascii(), "abc".isascii(), "".isascii(), b"x".isascii(), b"\x80".isascii(), "{a}-{b!r}-{a:>4}".format_map({"a": 1, "b": "x"}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 1.5}), lambda: "{z}".format_map({}),
            lambda: bytes.maketrans(b"a", b"xy"), lambda: b"a".translate(b"short")]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
