# Prefixes: r, R, b, B, rb, bR, Br, u, f with raw, and their escape rules.
a = r"C:\new\table"
b = R'\d+\.\d*'
c = b"bytes \x00\xff"
d = B'ABC'
e = rb"raw\bytes"
f = bR'\n stays'
g = Br"\x"
h = u"unicode prefix"
i = r"""raw triple \
keeps the backslash"""
j = b'''multi
line bytes'''
k = r'\''
l = rf"raw f {a}\n"
m = Rb"mixed" + bR"case"
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
