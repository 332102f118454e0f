# The dispatch loop's fast paths: plain calls, __init__, returns, generator resumes,
# for loops over ranges, lists and tuples, and where errors are reported after them.


class Bad:
    def __init__(self, x):
        self.x = x
        return x


try:
    Bad(5)
except TypeError as e:
    print(type(e).__name__, e)


class Pair:
    def __init__(self, a, b):
        self.s = a + b


print(Pair(1, 2).s, Pair(b=3, a=4).s)


def mul(a, b):
    c = a * b
    return c


print(mul(3, 4), mul("ab", 2))


def line_after_return():
    x = mul(2, 3)
    return 1 // (x - 6)


try:
    line_after_return()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines", lines)


def gen(n):
    for i in range(n):
        yield i
    for x in [10, 20]:
        yield x
    for t in (7,):
        yield t


print(list(gen(3)), sum(gen(4)))
for v in gen(1):
    print("v", v)


def boom():
    yield 1
    raise ValueError("inside")


try:
    for v in boom():
        print("got", v)
except ValueError as e:
    print("caught", e)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("item", x)
it = iter([1])
print(list(it), list(it))
r = iter(range(2))
print(next(r), next(r), next(r, "done"))
for i in range(10, 0, -4):
    print("down", i)
