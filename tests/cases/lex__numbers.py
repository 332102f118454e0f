# Integer literals: decimal, hex, octal, binary, with underscores; big values.
a = 0
b = 42
c = 1_000_000
d = 0xFF + 0Xdead_BEEF
e = 0o777 + 0O17
f = 0b1010 + 0B1111_0000
g = 123456789012345678901234567890
h = 0_0
i = 00
j = 0x_ff + 0o_7 + 0b_1
k = -1 + +2 - ~3
l = 9223372036854775807 + 1
m = 0xabcdef
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
