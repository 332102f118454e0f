# abs, round, divmod, pow, int()/float() parsing and bases, bool().
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(2 ** 70)), abs(-float("inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(7, 2, 5), pow(2, 0))
print(int("42"), int(" -17 "), int("ff", 16), int("0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36), int("1_000"), int(3.9), int(-3.9), int(True))
print(float("3.5"), float(" -2 "), float("inf"), float(" 1e3"), bool(0), bool(0.0), bool(""), bool("0"), bool(None), bool(-1))
for bad in [lambda: int("4.5"), lambda: int("12", 2), lambda: int(""), lambda: divmod(1, 0), lambda: pow(0, -1), lambda: abs("x"), lambda: int([1])]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
