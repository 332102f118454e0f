# bytes and bytearray methods: searching, splitting, stripping, padding, case, hex, predicates;
# results keep the receiver's type; argument errors have CPython's messages.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.split(b","), b.split(), b.rsplit(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 2), b"x\ny\r\nz\r".splitlines(), b"x\ny\n".splitlines(True))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"lo"), b"hello".rindex(108), b"hello".find(b"l", 3), b"hello".find(b"h", -3))
print(b"banana".count(b"an"), b"banana".count(97), b"banana".count(b""), b"banana".replace(b"a", b"o", 2), b"ab".replace(b"", b"-"))
print(b"hello".startswith((b"x", b"he")), b"hello".endswith(b"lo", 0, 5), b"hello".startswith(b"ell", 1), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"mixed Case".upper(), b"MiXed".lower(), b"MiXed".swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-5".zfill(4), b"abc".partition(b"b"), b"a-b-c".rpartition(b"-"), b"abc".partition(b"x"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc1".islower(), b"".isdigit())
print(b"\x00\xff\x10".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), bytes.fromhex("0a 0B ff"), bytearray.fromhex("41 42"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join([b"x", b"y"]), b"".join([]))
ba = bytearray(b"hello world")
print(ba.upper(), ba.split(), ba.replace(b"o", b"0"), ba.strip(b"hd"), ba.partition(b" "), type(ba.title()).__name__, ba.hex())
print(b"abc" < bytearray(b"abd"), bytearray(b"b") > b"a", b"ab" <= b"ab", sorted([b"b", b"a", b"ab"]), b"abc"[1:] == bytearray(b"bc"))
print(repr(b"\x07\x1b[0m"), repr(bytearray(b"'\"")), str(bytearray(b"x")), b"abc" * 0, 3 * b"ab", bytearray(2) * 2)
for bad in [lambda: b"abc".split(b""), lambda: b"abc".index(b"z"), lambda: b"abc".find("a"), lambda: b"abc".count(256),
            lambda: bytes.fromhex("0g"), lambda: b"abc".startswith("a"), lambda: b"a" + "b", lambda: b"x".join([1]),
            lambda: b"ab".center(5, b"**"), lambda: bytearray(b"ab").remove(99), lambda: bytearray().pop(), lambda: hash(bytearray(b"x"))]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
