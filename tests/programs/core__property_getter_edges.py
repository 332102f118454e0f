# Property getters run as frames of the running loop: the edges of that path. Errors leaving
# a getter (AttributeError's name/obj, other types, subclasses), a getter that rebinds `self`,
# handlers in the caller with values on its stack, `__getattr__` or a new property added
# after the attribute was read, getters reached from native code, recursion to the limit.


class Sensor:
    def __init__(self, v):
        self.v = v

    @property
    def value(self):
        return self.v * 10

    @property
    def missing(self):
        return self.nothing_here

    @property
    def bare(self):
        raise AttributeError()

    @property
    def rebinds(self):
        self = Sensor(-1)
        raise AttributeError("rebound")

    @property
    def typed(self):
        raise TypeError("typed " + str(self.v))

    @property
    def deep(self):
        return helper(self)


class MyAttrError(AttributeError):
    pass


def helper(s):
    if s.v > 2:
        raise MyAttrError("from helper")
    return other_missing(s)


def other_missing(s):
    return s.v.real.nope


s = Sensor(1)
for attr in ("value", "missing", "bare", "rebinds", "typed", "deep"):
    try:
        print(attr, "->", getattr(s, attr) if attr == "value" else eval("s." + attr))
    except AttributeError as e:
        print(attr, type(e).__name__, repr(str(e)), e.name, e.obj is s, type(e.obj).__name__)
    except TypeError as e:
        print(attr, "TypeError", e)

# The same, read by LoadAttr in a function (not through eval): a handler in the caller with
# values on its stack, inside a loop.
def read_all(objs):
    out = []
    for o in objs:
        try:
            out.append((o.v, [1, 2, o.value, o.missing]))
        except AttributeError as e:
            out.append((o.v, e.name, e.obj is o))
        try:
            out.append(("deep", o.deep))
        except MyAttrError as e:
            out.append(("MyAttrError", str(e), e.name, e.obj is o))
        except AttributeError as e:
            out.append(("AttributeError", str(e), e.name, type(e.obj).__name__))
    return out


for row in read_all([Sensor(1), Sensor(3)]):
    print(row)

try:
    s.rebinds
except AttributeError as e:
    print("rebinds obj", e.obj is s, e.obj.v)

try:
    s.bare
except AttributeError as e:
    print("bare", repr(str(e)), e.name, e.obj is s)

# hasattr / getattr with a default go through the generic path: same answers.
print("hasattr", hasattr(s, "value"), hasattr(s, "missing"), hasattr(s, "typed") if False else "-")
print("getattr default", getattr(s, "missing", "dflt"), getattr(s, "bare", "dflt2"))


# A class whose property is read in a loop, then changed under the running site.
class Box:
    def __init__(self):
        self.n = 4

    @property
    def p(self):
        return self.n + 1


def read_p(b, times):
    return [b.p for _ in range(times)]


b = Box()
print("before", read_p(b, 3))
Box.p = property(lambda self: self.n * 100)
print("lambda getter", read_p(b, 2))
Box.p = 7
print("plain class attr", read_p(b, 2))


def p2(self):
    return "p2 " + str(self.n)


Box.p = property(p2)
print("new def getter", read_p(b, 2))


# __getattr__ added after the getter ran as a frame: its AttributeError now falls back.
class Late:
    @property
    def p(self):
        raise AttributeError("late p")


def read_late(x):
    try:
        return x.p
    except AttributeError as e:
        return "error " + str(e)


x = Late()
print("late 1", read_late(x), read_late(x))
Late.__getattr__ = lambda self, name: "fallback " + name
print("late 2", read_late(x), read_late(x))
del Late.__getattr__
print("late 3", read_late(x))


# A property on a base class, read through subclass instances of two classes at one site.
class Base:
    def __init__(self, k):
        self.k = k

    @property
    def twice(self):
        return self.k * 2


class Sub1(Base):
    pass


class Sub2(Base):
    @property
    def twice(self):
        return -self.k


print("mixed", [o.twice for o in [Base(1), Sub1(2), Sub2(3), Sub1(4), Base(5)]])

# Getters run from native code (sorted's key, map, max) and from inside a getter.
objs = [Sensor(3), Sensor(1), Sensor(2)]
print("sorted", [o.v for o in sorted(objs, key=lambda o: o.value)])
print("map", list(map(lambda o: o.value, objs)), max(o.value for o in objs))


class Chain:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v

    @property
    def total(self):
        if self.nxt is None:
            return self.v
        return self.v + self.nxt.total


c = None
for i in range(50):
    c = Chain(c, i)
print("chain", c.total)


# Recursion through getters to the limit, caught, then the interpreter goes on.
class Loop:
    @property
    def again(self):
        return self.again


for _ in range(2):
    try:
        Loop().again
    except RecursionError as e:
        print("RecursionError", e)
print("after recursion", s.value)


# A getter whose exception is caught inside the getter itself, and one with finally.
class Guarded:
    @property
    def safe(self):
        try:
            return self.absent
        except AttributeError as e:
            return "caught " + e.name

    @property
    def fin(self):
        try:
            return self.absent
        finally:
            print("finally in getter")


g = Guarded()
print("guarded", g.safe)
try:
    g.fin
except AttributeError as e:
    print("fin", e.name, e.obj is g)

# The exception raised in a getter while another is handled gets it as __context__.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        s.typed
except TypeError as e:
    print("context", type(e.__context__).__name__, e.__context__)
