# Every augmented assignment operator.
x = 100
x += 1
x -= 2
x *= 3
x /= 4
x //= 2
x %= 7
x **= 2
x = int(x)
x <<= 3
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0b1
class M:
    def __imatmul__(self, other): return self
m = M()
m @= m
print(x, m)
