# True division always gives a float; int/float mixing, conversions of huge ints, overflow to inf.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10 ** 20 / 3, 2 ** 60 / 2 ** 58, type(4 / 2).__name__, 1 + 2.0, 3 * 1.5, 2 - 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, float(10 ** 308))
for bad in [lambda: float(10 ** 400), lambda: 10 ** 400 / 3, lambda: 2.0 ** 10000, lambda: 10 ** 400 + 0.5]:
    try:
        print(bad())
    except OverflowError as e:
        print("OverflowError:", e)
print(int(2.5e10), int(-0.9), round(-2.5), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9, 7 // 2.0, 7 % 2.5, -7 // 2.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), sum([1, 2.5]), 3 == 3.0 and hash(3) == hash(3.0), 0.5 + True)
