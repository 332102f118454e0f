# Floor division and modulo take the sign of the divisor, for ints and floats.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2))
print(-1 % 5, 1 % -5, -0.0 % 5, 5 % 0.5, 2 ** 100 // 3 % 1000, -(2 ** 100) // 7 % 1000)
print(10 // 3.0, -10 // 3.0, 1e300 // 1e-300 if False else "skip", 6 % 4.5)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
