# Every operator and delimiter token.
a, b = 7, 3
m = [[1, 0], [0, 1]]
r1 = a + b - a * b / b // b % b ** 2
r2 = a << 1 >> 1 & b | a ^ ~b
r3 = a < b, a > b, a <= b, a >= b, a == b, a != b
r4 = (a := 5) and {b: a}[b]
r5 = [a][0:1:1]; r6 = ...
r7 = a if not b else -b
r8 = type(m).__name__
def typed(x: int = 1, *args: int, **kwargs: str) -> None: pass
class Mat:
    def __matmul__(self, other): return 0
r9 = Mat() @ Mat()
print(r1, r2, r3, r4, r5, r6, r7, r8, r9)
