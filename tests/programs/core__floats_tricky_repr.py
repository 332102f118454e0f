# float repr is the shortest string that round-trips; special values and conversions.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e-7, 2.5, 0.3, 9.999999999999999e22, 1e-4]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), float("1e500"))
print(float("  3.25  "), float("-1_0.5"), float(7), float("1e-3"), int(3.99), int(-3.99))
print(1e308 * 10, -1e308 * 10, 0.1 * 3, 4.35 * 100, 1.1 + 2.2)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, float("inf") > 1e308)
print((0.5).as_integer_ratio(), (0.1).is_integer(), (2.0).is_integer(), 3.0 == 3, 0.1 + 0.2 == 0.3)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1), 1.0 / 3 * 3)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
