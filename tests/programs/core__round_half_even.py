# round() uses banker's rounding for ints and the exact binary value for floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(4.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__)
print(round(1e20), round(123.456, 10), round(0.0), round(-0.4))
