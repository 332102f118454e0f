# Class instantiation and attribute access through the fast paths: `__init__` taking its
# arguments directly, `__init__` errors, module attributes that change, and attributes of
# instances whose dict was changed behind a cached index.
import math


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


print([(p.x, p.y) for p in [P(1, 2), Q(3, 4), P(y=6, x=5)]])


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print(type(e).__name__, e)


class TwoArgs:
    def __init__(self, a, b=2, *rest, **kw):
        self.v = (a, b, rest, kw)


print(TwoArgs(1).v, TwoArgs(1, 3, 4, k=5).v)
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print(type(e).__name__, e)


class Raising:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v


print([Raising(i).v for i in range(3)])
try:
    Raising(-1)
except ValueError as e:
    print(type(e).__name__, e)


# __init__ replaced on the class after instances were made.
def new_init(self, x, y):
    self.x = x * 10
    self.y = y * 10


P.__init__ = new_init
print(P(1, 2).x, Q(1, 2).y)
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


# Module attributes through one site while the module changes.
def pi():
    return math.pi


print(pi())
math.pi = 3
print(pi())
del math.pi
try:
    pi()
except AttributeError as e:
    print(type(e).__name__, e)
math.pi = 3.25
print(pi(), math.floor(pi()))


# An instance dict changed through __dict__ and vars() under a cached index.
class R:
    def __init__(self):
        self.a = 1
        self.b = 2

    def get_b(self):
        return self.b


r = R()
print(r.get_b())
r.__dict__.pop("a")
print(r.get_b())
vars(r)["b"] = "via vars"
print(r.get_b())
r.__dict__.clear()
r.__dict__["b"] = "re-added"
print(r.get_b())
r.__dict__.clear()
try:
    r.get_b()
except AttributeError as e:
    print(type(e).__name__, e)
setattr(r, "b", "setattr")
print(r.get_b(), getattr(r, "b"))


# A property whose getter raises AttributeError, with and without __getattr__.
class Prop:
    @property
    def p(self):
        raise AttributeError("inside getter")


class PropGetattr(Prop):
    def __getattr__(self, name):
        return "getattr " + name


for cls in [Prop, PropGetattr]:
    try:
        print(cls().p)
    except AttributeError as e:
        print(type(e).__name__, e, e.name)
