"""Exceptions raised and caught: try/except in loops, custom exceptions, finally, deep raises."""


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def parse(i):
    if i % 5 == 0:
        raise ValueError(i)
    if i % 7 == 0:
        raise AppError(i)
    return i


def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)


caught = 0
finals = 0
acc = 0
for i in range(300000):
    try:
        acc += parse(i)
    except ValueError:
        caught += 1
    except AppError as e:
        acc += e.code % 3
    finally:
        finals += 1
    try:
        {}[i]
    except KeyError:
        caught += 1
for i in range(20000):
    try:
        deep(10)
    except LookupError:
        caught += 1
print("checksum", caught, finals, acc)
