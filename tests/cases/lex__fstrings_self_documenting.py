# The self-documenting `=` form, with spaces, conversions and specs.
x = 42
name = "ann"
a = f"{x=}"
b = f"{x = }"
c = f"{x=:>6}"
d = f"{name=!s}"
e = f"{name=!r:^10}"
g = f"{x * 2 + 1=}"
h = f"{name.upper()=}"
i = f"{x==42}"
j = f"{x!=1=}"
print(a, b, c, d, e, g, h, i, j)
