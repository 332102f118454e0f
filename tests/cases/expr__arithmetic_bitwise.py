# Binary and unary operators of every kind, including @ and ~.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << 2, a >> 2, a & b, a | b, a ^ b, ~a, -a, +a, - - a, ~~a, -~a)
print(-a // b, -a % b, a ** -2, (-a) ** 3, 2 ** 3 ** 2, -2 ** 2)
print(1 + 2 * 3 - 4 / 5 // 6 % 7, (1 + 2) * (3 - 4), ((a)))
class Matrix:
    def __matmul__(self, other): return "matmul"
    def __rmatmul__(self, other): return "rmatmul"
m = Matrix()
print(m @ m, 1 @ m, "%s and %d" % ("fmt", 3))
