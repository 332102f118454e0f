"""Recursive calls: naive Fibonacci and Ackermann-style recursion."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


total = fib(30)
total += tak(18, 12, 6) * 1000
print("checksum", total)
