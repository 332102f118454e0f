# Float repr is the shortest string that reads back to the same float.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e300 * 1e10]
for v in values:
    print(repr(v), str(v))
print(-0.0, 0.0 == -0.0, 1e308 * 10, -1e308 * 10)
nan = float("nan")
print(nan == nan, nan != nan, float("inf") > 1e308)
print(float("1_000.5"), float("-.5"), float("3."), float("  2e3 "))
print(3.0, 3.5e0, 100.0, 1e22, 1e21, 1e-7, 5e-324)
print(7.0 // 2, -7.0 // 2, 7.0 % 3, -7.0 % 3, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(round(3.14159, 2), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(int(1e20), float(2 ** 60), 2 ** 0.5, 10 ** -2)
print(1.1 * 3, 0.1 * 3, 4.35 * 100)
print(max(1, 2.0), min(1.0, 1), abs(-2.5))
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(f"{0.1 + 0.2:.3f} {1 / 7:.10f} {1e6:.2e} {12345.678:,.1f} {0.25:%}")
