# f-strings: expressions, conversions, self-documenting `=`, and format specs.
name, pi, n, items = "weft", 3.14159265, 1234567, ["a", "b"]
print(f"{name} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:+.1f} {-pi:.1f}")
print(f"{n:,} {n:_} {n:>12,}| {n:012d} {n:x} {n:X} {n:#x} {n:o} {n:#b} {255:08b}")
print(f"{0.000123:e} {123456.789:.3e} {0.5:.0%} {1/3:.4%} {1e20:g} {0.0001:g} {123.0:g}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{'fill':*^10}|{'x':->5}")
print(f"{n=} {pi=:.3f} {name = } {len(items)=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'>'}{width},}]")
print(f"{items} {items[0]} {items[-1]!r} {len(name) * 2} {'yes' if n > 0 else 'no'}")
print(f"{{braces}} {{{name}}} {'nested ' + f'{n:,}'}")
data = {"key": 42}
print(f"{data['key']} {data}")
print(f"{3.0} {1e16} {10**20} {True} {None} {-0.0}")
print(f"{'multi'}" f"{'ple'}" " and plain")
print(f"""triple {name}
second line {pi:.1f}""")
print(format(42, "05d"), format(3.5, ".1e"), format("s", ">3"), format(7, "b"))
for i in range(3):
    print(f"row {i:2d}: {'#' * i:<3}| {i / 3:6.2f}")
