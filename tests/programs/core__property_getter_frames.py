# Property getters read by `obj.attr`: run as frames of the running dispatch loop (like CPython
# 3.12's LOAD_ATTR_PROPERTY). Results, errors raised inside, AttributeError's name/obj and
# suggestions, __getattr__ fallback, subclasses, generator getters, recursion, tracebacks.
import sys


class Box:
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    @property
    def broken(self):
        return self.missing_field

    @property
    def fails(self):
        raise ValueError("getter failed " + str(self.v))

    @property
    def gen(self):
        yield self.v
        yield self.v + 1

    @property
    def chained(self):
        return self.double + 1


b = Box(5)
print("double", b.double, b.chained)
total = 0
for i in range(1000):
    total += Box(i).double
print("sum", total)

# A getter raising: the error goes through the caller's handler, the stack stays right.
for attr in ("fails", "broken"):
    try:
        x = [1, 2, b.fails if attr == "fails" else b.broken]
    except ValueError as e:
        print("ValueError", e)
    except AttributeError as e:
        print("AttributeError", e, e.name, e.obj is b)

# AttributeError from inside the getter: which name does it carry?
try:
    b.broken
except AttributeError as e:
    print("name/obj", e.name, type(e.obj).__name__)


# The getter's own AttributeError with name already set is left alone.
class Pre:
    @property
    def p(self):
        e = AttributeError("custom")
        e.name = "given"
        raise e


try:
    Pre().p
except AttributeError as e:
    print("preset", e, e.name)


# A class with __getattr__: a getter's AttributeError falls back to it.
class WithFallback:
    @property
    def p(self):
        raise AttributeError("inside p")

    @property
    def q(self):
        return "q ok"

    def __getattr__(self, name):
        return "fallback for " + name


w = WithFallback()
print(w.p, w.q, w.other)


# Properties on a subclass, overridden, and reached through super().
class Base:
    def __init__(self):
        self.n = 3

    @property
    def size(self):
        return self.n


class Derived(Base):
    @property
    def size(self):
        return super().size * 10


class Plain(Base):
    pass


print("sizes", Base().size, Derived().size, Plain().size)
objs = [Base(), Derived(), Plain(), Derived()]
print("mixed", [o.size for o in objs])

# A getter that is a generator function gives a generator.
g = b.gen
print("gen", type(g).__name__, list(g))


# A getter taking an extra default argument, and one that is a lambda.
class Odd:
    p = property(lambda self: "lambda getter")

    def _q(self, extra=7):
        return extra

    q = property(_q)


print("odd", Odd().p, Odd().q)


# Recursion through property getters reaches the limit as a RecursionError.
class Deep:
    def __init__(self, depth):
        self.depth = depth

    @property
    def down(self):
        if self.depth == 0:
            return 0
        return Deep(self.depth - 1).down + 1


print("deep", Deep(200).down)


class Forever:
    @property
    def again(self):
        return self.again


try:
    Forever().again
except RecursionError as e:
    print("RecursionError", e)


# A getter used inside expressions that keep values on the stack.
print("expr", [b.double, b.double + b.chained, (b.double, b.v)], b.double * Box(2).double)
d = {"k": b.double}
print("dict", d, f"{b.double}-{b.chained}")


# A getter raising inside a try/finally in the getter itself.
class Cleanup:
    @property
    def p(self):
        try:
            return 1 // 0
        finally:
            print("getter finally ran")


try:
    Cleanup().p
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# A getter reading sys.exc_info() sees the caller's handled exception.
class Peek:
    @property
    def p(self):
        return type(sys.exc_info()[1]).__name__


try:
    raise KeyError("k")
except KeyError:
    print("peek", Peek().p)
print("peek after", Peek().p)


# A property used from a generator and a coroutine's frame.
def gen_reader(objs):
    for o in objs:
        yield o.size


print("from generator", list(gen_reader(objs)))


async def coro_reader():
    return Derived().size


c = coro_reader()
try:
    c.send(None)
except StopIteration as e:
    print("from coroutine", e.value)

# An uncaught error inside a getter: its traceback has the caller's line and the getter's.
print(Box(1).fails)
