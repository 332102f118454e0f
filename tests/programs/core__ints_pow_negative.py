# ** with negative bases and exponents, int/float results, and three-argument pow.
print(2 ** -1, 2 ** -2, (-2) ** 3, -2 ** 2, (-2) ** -3, 10 ** -3)
print(0 ** 0, 0.0 ** 0, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, 2 ** 64, (-3) ** 33)
print(1.5 ** 2, 2.0 ** -1, 9 ** 0.5, type(2 ** 2).__name__, type(2 ** -2).__name__)
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, -1, 7))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -1 ** 0.5)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 4
print(x)
