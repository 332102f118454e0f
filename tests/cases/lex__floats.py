# Float literals: fractions, exponents, leading/trailing dot, underscores.
a = 3.14
b = 1.
c = .5
d = 1e10
e = 1E-10
f = 2.5e+3
g = 1_000.000_1
h = 0.0
i = 1_0e1_0
j = .5e-3
k = 0e0
l = 00.5
m = 1.e5
n = 1.5.__add__(0.5)
o = 1 .real
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
