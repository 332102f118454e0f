# Bitwise operators on ints and bools, shifts, and bool arithmetic.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, -12 & 10, -12 | 10, -12 ^ 10)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 << 0, 0 >> 5)
print(True + True, True * 3, False - 1, True & False, True | False, True ^ True, ~True)
print(type(True & True).__name__, type(True + 1).__name__, int(True), -True)
print(0xff, 0o17, 0b1011, 1_000_000, 0x_ff)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
x = 0b1111
x &= 0b0101
x |= 0b1000
x ^= 1
x <<= 2
x >>= 1
print(x, bin(x))
print(int.bit_length(255), (255).bit_length(), (-1).bit_length(), (0).bit_length())
