"""Generators: pipelines of generator functions, yield from and generator expressions."""


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)


def running_sum(src):
    total = 0
    for x in src:
        total += x
        yield total


total = 0
for r in range(4):
    total += sum(squares(evens(numbers(200000))))
    total += max(running_sum(chained(100000)))
    total += sum(x % 7 for x in range(200000) if x & 1)
print("checksum", total)
