# Integer arithmetic: big ints, floor division and modulo signs, powers, bit ops.
print(2 ** 100)
print(-(2 ** 64) + 1)
print(10 ** 30 // 7, 10 ** 30 % 7)
big = 1
for i in range(1, 31):
    big *= i
print("30! =", big)
print("30! digits:", len(str(big)))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63))
print((2 ** 63 - 1) + 1, (-(2 ** 63)) - 1)
print(9223372036854775807 * 9223372036854775807)
print(-5 // 3, -5 % 3, 5 // -3, 5 % -3)
print(big // -(10 ** 20), big % -(10 ** 20))
print(1 << 70, (1 << 70) >> 69, -1 >> 3, -16 >> 2)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~5, ~-1)
print(0xFF, 0o777, 0b1111_0000, 1_000_000)
print(abs(-12), pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007))
print(int("-42"), int("  17  "), int("ff", 16), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(1234, -2))
print(max(3, 9, -1), min([4, 2, 8]), sum(range(101)))
print(True + True, True * 10, False - 1)
print(7 / 2, -7 / 2, 6 / 3, 2 ** -1)
print(bin(10), oct(64), hex(255), hex(-255))
print((123456789).bit_length(), (-1).bit_length())
print(hash(1) == hash(1.0), 1 == 1.0, 10 ** 20 == 1e20)
