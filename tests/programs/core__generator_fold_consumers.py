# Native consumers (sum, min, max, list, tuple, sorted, join) driving generators: the items
# they take inside the generator's frame and the ones they take the general way must give
# CPython's results, errors and generator states.
import sys


def count(n, start=0):
    i = start
    while i < n:
        yield i
        i += 1


def items(*vals):
    for v in vals:
        yield v


print("sum ints", sum(count(1000)), sum(count(0)), sum(count(5), 10))
print("sum floats", sum(items(0.5, 0.25, 1.5)), sum(items(1, 2.5, 3)), sum(items(1.5, 2, 3)))
print("sum big", sum(items(2**62, 2**62, 2**62, -(2**63))), sum(items(-(2**63), -1)))
print("sum lists", sum(items([1], [2, 3]), []))
print("sum bools", sum(items(True, True, 1)), sum(x > 2 for x in count(6)))
print("sum mixed", sum(items(1, True, 2.5, 2**70)))
try:
    sum(items(1, 2, "x", 4))
except TypeError as e:
    print("TypeError", e)

# An error inside the generator ends it; the consumer sees the error.
def failing(n):
    for i in range(n):
        yield i
    raise KeyError("done at %d" % n)

g = failing(5)
try:
    sum(g)
except KeyError as e:
    print("KeyError", e)
print("after error", next(g, "exhausted"))

def stops():
    yield 1
    raise StopIteration("inner")

for consumer in (sum, max, min, list, tuple, sorted):
    try:
        consumer(stops())
    except RuntimeError as e:
        print(consumer.__name__, "RuntimeError", e, "| cause:", repr(e.__cause__))

# min / max: ints inside the fold, anything else the general way.
print("max", max(count(10)), max(items(3, 9, 2)), max(items(-5)), min(count(10, 3)))
print("max mixed", max(items(1, 2.5, 2)), min(items(3, 1.0, 1)), max(items(1, 1.0)), max(items(1.0, 1)))
print("max big", max(items(5, 2**80, 7)), min(items(5, -(2**80), 7)))
print("max str", max(items("b", "c", "a")), min(items("b", "c", "a")))
print("max key", max(count(10), key=lambda x: -x), min(items(3, 1, 2), key=str))
print("max default", max(count(0), default="none"), min(items(), default=-1))
for consumer in (max, min):
    try:
        consumer(count(0))
    except ValueError as e:
        print("ValueError", e)
try:
    max(items(1, 2, "x"))
except TypeError as e:
    print("TypeError", e)

# Collectors.
print("list", list(count(5)), tuple(count(3)), sorted(items(3, 1, 2)), "-".join(items("a", "b")))
print("list empty", list(count(0)), tuple(items()))

def receiver():
    got = []
    for i in range(3):
        x = yield i
        got.append(x)
    yield got

print("yield value", list(receiver()))

# Nested consumers: a generator that sums another generator while being summed.
def nested(n):
    for i in range(n):
        yield sum(count(i))
        yield max(count(i + 1))

print("nested", sum(nested(6)), list(nested(3)))

def delegating():
    yield from count(4)
    yield from [10, 20]
    r = yield from items(7)
    yield 0 if r is None else r

print("yield from", sum(delegating()), list(delegating()))

# A generator resumed by the consumer's own general path (`__radd__` takes the next item).
class Thief:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        stolen = next(g)
        return other + self.v + stolen * 100

def with_thief():
    yield 1
    yield Thief(2)
    yield 3
    yield 4

g = with_thief()
print("thief", sum(g))

class Greedy:
    def __gt__(self, other):
        print("  compare, next:", next(g2, "end"))
        return True

    def __lt__(self, other):
        return False

def with_greedy():
    yield 5
    yield Greedy()
    yield 6
    yield 7

g2 = with_greedy()
print("greedy", type(max(g2)).__name__)

# The generator resuming itself from inside.
def selfish():
    yield 1
    yield next(me)

me = selfish()
try:
    sum(me)
except ValueError as e:
    print("ValueError", e)

# Handled exceptions seen inside a folded generator.
def in_except():
    try:
        raise IndexError("outer")
    except IndexError:
        for i in range(3):
            yield i
            print("  inside:", repr(sys.exc_info()[1]))
    print("  after:", sys.exc_info()[1])

print("exc_info", sum(in_except()))
try:
    raise OSError("resumer's")
except OSError:
    print("exc_info in handler", max(in_except()))

# finally runs when the consumer finishes the generator.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")

print("finally", sum(guarded()), list(guarded()))

# close / throw after an error stopped a consumer half-way.
def half(n):
    for i in range(n):
        if i == 3:
            raise ValueError("half")
        yield i

h = half(10)
try:
    print(list(h))
except ValueError as e:
    print("ValueError", e)
h.close()
try:
    h.throw(KeyError("x"))
except KeyError as e:
    print("throw into finished:", repr(e))

# Deep recursion through folded generators.
def deep(n):
    yield n
    if n:
        yield sum(deep(n - 1))

print("deep", sum(deep(50)))
try:
    sum(deep(100000))
except RecursionError:
    print("RecursionError")
print("after recursion", sum(deep(10)))
