# chr/ord round trips, hex/oct/bin of positive, negative and big ints, int() back.
print(ord("a"), ord("€"), ord("😀"), chr(8364), chr(128512), chr(0) == "\x00", [chr(ord(c) + 1) for c in "HAL"])
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64), oct(2 ** 40), bin(2 ** 40 + 1))
print(int(hex(12345), 16), int(oct(999), 8), int(bin(77), 2), int("-0x10", 16), "%x" % 3054, f"{3054:#o}")
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
