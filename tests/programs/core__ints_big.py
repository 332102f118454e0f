# Integers beyond 64 bits: arithmetic, comparisons, conversions and overflow out of the fast path.
a = 2 ** 63
print(a, a - 1, -a, -a - 1, a * a, a + a)
b = 9223372036854775807
print(b + 1, b * 2, -b - 2, (b + 1) // 2 == 2 ** 62, b + 1 - 1 == b)
f = 1
for i in range(1, 31):
    f *= i
print(f, f % 1000000007, f // 10 ** 20, len(str(f)))
print(12345678901234567890 * 98765432109876543210)
print(-12345678901234567890 // 7, -12345678901234567890 % 7, divmod(10 ** 30, -7))
print(int("123456789012345678901234567890") + 1, str(10 ** 25), hex(2 ** 70), bin(2 ** 65))
print(2 ** 100 > 2 ** 99, 2 ** 64 == 18446744073709551616, float(2 ** 80), 2 ** 80 == float(2 ** 80))
print(abs(-(10 ** 20)), (10 ** 20) >> 10, 1 << 100, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(-(2 ** 64) >> 3, ~(2 ** 70), (2 ** 70) ^ (2 ** 69), int(1e20), int(-1.5e19))
print(sum(range(10 ** 6)) * 10 ** 12, max(2 ** 65, 3), min(-(2 ** 65), 0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 20))
