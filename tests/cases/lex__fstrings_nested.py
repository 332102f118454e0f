# Nested format specs and nested f-strings (each level with a different quote).
value, width, precision = 3.14159, 10, 3
fill, align = "*", "^"
a = f"{value:{width}.{precision}f}"
b = f"{value:{fill}{align}{width}}"
c = f"{value:{'>'}{width + 2}.{precision - 1}f}"
d = f"{f'{value:.2f}':>8}"
e = f"""{f'''{f"{value!r}"}'''}"""
g = f"{'{'}{value:.1f}{'}'}"
h = f"{value:{width}}|{value:>{width}.{precision}}"
i = f"{'x':{'<'}{5}}"
j = f"{[f'{n:02d}' for n in range(3)]}"
k = f"{value:#{width}.{precision}e}"
print(a, b, c, d, e, g, h, i, j, k)
