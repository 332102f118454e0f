# Conversions !r, !s, !a, alone and followed by a format spec.
value = "café"
a = f"{value!r}"
b = f"{value!s}"
c = f"{value!a}"
d = f"{value!r:>12}"
e = f"{value!s:^9}"
f = f"{value!a:<15}|"
g = f"{3.5!r} {[1]!s} {None!a}"
print(a, b, c, d, e, f, g)
