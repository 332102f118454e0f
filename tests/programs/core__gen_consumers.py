# Built-in consumers (sum, max, min, any, all, list, tuple, sorted, str.join, dict, set)
# stepping generators: results, errors raised inside, early exit, return values, nesting,
# recursion, re-entry, and the handled exception seen inside.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fails_at(n, exc):
    for i in range(n):
        yield i
    raise exc


def lines_of(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


print("sum", sum(count(10)), sum(x * x for x in count(5)), sum(count(4), 100))
print("sum big", sum(x * 2 ** 62 for x in count(4)), sum(2 ** 63 - 1 for _ in count(3)))
print("sum mixed", sum(x / 2 for x in count(5)), sum([1, 2.5, 3]), sum([True, True, 1]))
print("sum floats", sum(0.1 for _ in count(10)), sum([1.5, 2]), sum((x for x in [1, 2.5]), 0.5))
print("sum lists", sum(([x] for x in count(3)), []))
print("max/min", max(count(7)), min(x - 3 for x in count(7)), max((x % 4 for x in count(9))))
print("max key", max(count(9), key=lambda x: -x), min((str(x) for x in count(12)), key=len))
print("max mixed", max(x / 3 if x % 2 else x for x in count(6)), min(3, 2.5, 4))
print("any/all", any(x > 3 for x in count(5)), all(x < 9 for x in count(5)), any(count(0)))
print("list/tuple", list(count(4)), tuple(x + 1 for x in count(3)))
print("sorted", sorted(x * 7 % 5 for x in count(6)), sorted(count(4), reverse=True))
print("join", "-".join(str(x) for x in count(5)), ",".join(c for c in "abc"))
print("dict/set", dict((x, x * x) for x in count(3)), set(x % 3 for x in count(9)))
print("empty", sum(count(0)), list(count(0)), max(count(0), default="none"))

for name, consume in [
    ("sum", sum),
    ("max", max),
    ("min", min),
    ("any", lambda g: any(x > 100 for x in g)),
    ("all", lambda g: all(x < 100 for x in g)),
    ("list", list),
    ("tuple", tuple),
    ("sorted", sorted),
    ("join", lambda g: "".join(str(x) for x in g)),
    ("set", set),
]:
    try:
        consume(fails_at(3, ValueError("bad " + name)))
    except ValueError as e:
        print(name, "raised", type(e).__name__, e, lines_of(e))

# An error raised by the consumer itself, on a yielded item.
try:
    sum(x if x < 2 else "two" for x in count(5))
except TypeError as e:
    print("sum item:", e)
try:
    max(x if x < 2 else "two" for x in count(5))
except TypeError as e:
    print("max item:", e)
try:
    "".join(x for x in count(3))
except TypeError as e:
    print("join item:", e)

# Early exit: any/all stop at the deciding item and leave the generator suspended.
g = count(10)
print("any stops", any(x == 3 for x in g), next(g), list(g))
g = count(10)
print("all stops", all(x < 4 for x in g), next(g))
seen = []


def noisy(n):
    try:
        for i in range(n):
            seen.append(i)
            yield i
    finally:
        seen.append("closed")


g = noisy(10)
print("any on generator", any(x >= 2 for x in g), seen)
g.close()
print("after close", seen)


# A generator that returns a value: consumers ignore it; `yield from` receives it.
def gives(n):
    yield from count(n)
    return "result"


def outer():
    r = yield from gives(2)
    yield r


print("return value", list(gives(3)), list(outer()), sum(gives(4)))
try:
    next(g2 := gives(0))
except StopIteration as e:
    print("StopIteration value", e.value)


# Nested generators, consumed at every level.
def pairs(n):
    for i in count(n):
        yield sum(j for j in count(i))


print("nested", list(pairs(6)), max(max(count(k)) for k in range(1, 5)))
print("nested sorted", sorted(sorted(count(k), reverse=True) for k in range(4)))


# StopIteration raised inside a generator: RuntimeError, with the cause.
def stops():
    yield 1
    raise StopIteration("early")


for consume in (list, sum, max):
    try:
        consume(stops())
    except RuntimeError as e:
        print("RuntimeError", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


# Recursion: a generator consumed by sum inside the generator, too deep.
def deep(n):
    yield sum(deep(n + 1))


try:
    sum(deep(0))
except RecursionError as e:
    print("RecursionError", e)
print("still works", sum(count(5)))


# A generator that consumes itself: already executing.
def selfish():
    yield 1
    yield sum(me)


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


# The exception handled by the consumer's caller is seen inside the generator.
def show_handled():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise IndexError("outer")
except IndexError:
    print("handled", list(show_handled()))
print("handled after", list(show_handled()))


# Exceptions caught inside the generator while a consumer drives it.
def guarded(n):
    for i in range(n):
        try:
            yield 10 // (i - 2)
        except ZeroDivisionError:
            pass
        try:
            1 / 0
        except ZeroDivisionError:
            yield -1


print("guarded", list(guarded(4)), sum(guarded(4)))


# max compares with `>`, min with `<` (which method runs, on which operand).
class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v


print("max V", max(V(x) for x in [1, 3, 2]).v)
print("min V", min(V(x) for x in [2, 1, 3]).v)
print("max floats", max(x / 4 for x in count(5)), min(float("nan"), 1.0), max(1.0, float("nan")))


# Too deep through `for` and `yield from` (the loop resumes the generators): RecursionError,
# and each generator it reached is finished.
def deep_for(n):
    for x in deep_for(n + 1):
        yield x


def deep_from(n):
    yield from deep_from(n + 1)


for make in (deep_for, deep_from):
    g = make(0)
    try:
        list(g)
    except RecursionError as e:
        print(make.__name__, "RecursionError", e, list(g))
print("and after", sum(count(3)))
