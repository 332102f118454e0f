# Attribute loads, stores and method calls repeated at the same instruction must see every
# change made in between: class attributes replaced or deleted, methods monkeypatched on the
# class or the instance, properties and descriptors added later, subclasses shadowing, and
# instances of different classes passing through one call site.


class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B(A):
    pass


def call_f(obj):
    return obj.f()


def load_f(obj):
    return obj.f


def get_x(obj):
    return obj.x


def set_x(obj, v):
    obj.x = v


a = A()
b = B()
print([call_f(a) for _ in range(3)], call_f(b))

# Replace the method on the class: the next call at the same site must see it.
A.f = lambda self: "new A.f"
print(call_f(a), call_f(b))

# A subclass shadows it later.
B.f = lambda self: "B.f"
print(call_f(a), call_f(b))

# Deleting the shadow exposes the base's again.
del B.f
print(call_f(b))

# An instance attribute shadows a method (a non-data descriptor) at the same site.
a.f = lambda: "instance f"
print(call_f(a), call_f(A()))
del a.f
print(call_f(a))

# Loads: instance dict, then class; class value replaced; instance value deleted.
class C:
    x = "class x"


c = C()
print(get_x(c))
set_x(c, "instance x")
print(get_x(c))
del c.x
print(get_x(c))
C.x = "changed class x"
print(get_x(c))
del C.x
try:
    get_x(c)
except AttributeError as e:
    print(type(e).__name__, e)


# A property added to the class after plain stores at the same site takes over both.
class D:
    pass


d = D()
for i in range(3):
    set_x(d, i)
print(get_x(d), d.__dict__)


def _get(self):
    return "property x"


def _set(self, v):
    print("setter got", v)


D.x = property(_get, _set)
set_x(d, 99)
print(get_x(d), d.__dict__)
D.x = property(_get)
try:
    set_x(d, 100)
except AttributeError as e:
    print(type(e).__name__, "(no setter)")
del D.x
print(get_x(d))


# A data descriptor class gaining __set__ after its instance was placed on a class.
class Desc:
    def __get__(self, obj, owner):
        return "desc get"


class E:
    x = Desc()


e = E()
set_x(e, "in dict")
print(get_x(e))
Desc.__set__ = lambda self, obj, v: print("desc set", v)
set_x(e, "via desc")
print(get_x(e), e.__dict__)


# __setattr__ defined after instances exist, then removed.
class F:
    pass


fo = F()
set_x(fo, 1)
F.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
set_x(fo, 2)
print(get_x(fo))
del F.__setattr__
set_x(fo, 3)
print(get_x(fo))


# __getattr__ added later is consulted for missing names only.
class G:
    pass


go = G()
try:
    get_x(go)
except AttributeError as e:
    print(type(e).__name__, e)
G.__getattr__ = lambda self, name: "getattr " + name
print(get_x(go))
set_x(go, "real")
print(get_x(go))


# Many classes through one site, with the same attribute at different dict positions.
class P:
    def __init__(self):
        self.x = "P"


class Q:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.x = "Q"


class R(Q):
    @property
    def x(self):
        return "R property"

    @x.setter
    def x(self, v):
        pass


print([get_x(o) for o in [P(), Q(), P(), R(), Q(), R()]])


# Dict order changes under a cached index: delete and re-add attributes.
class S:
    pass


s = S()
s.a = 1
s.x = 2
print(get_x(s))
del s.a
print(get_x(s))
s.a = 3
set_x(s, 4)
print(get_x(s), s.__dict__)
s.__dict__.clear()
set_x(s, 5)
print(s.__dict__)


# __slots__ classes and instances of built-in subclasses.
class Slotted:
    __slots__ = ("x",)


sl = Slotted()
set_x(sl, "slot")
print(get_x(sl))
try:
    sl.y = 1
except AttributeError as e:
    print(type(e).__name__, e)


class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
set_x(ml, "list attr")
print(get_x(ml), ml.total(), len(ml))
MyList.total = lambda self: "patched total"
print(ml.total())


# Class-level loads through the class itself, classmethods, staticmethods.
class H:
    v = 1

    @classmethod
    def cm(cls):
        return "cm " + cls.__name__

    @staticmethod
    def sm():
        return "sm"


class H2(H):
    pass


def load_v(cls):
    return cls.v


print(load_v(H), load_v(H2), H.cm(), H2.cm(), H.sm())
H2.v = 2
print(load_v(H), load_v(H2))
H.v = 3
print(load_v(H), load_v(H2))
H.cm = classmethod(lambda cls: "new cm " + cls.__name__)
print(H.cm(), H2.cm())


# Built-in methods through one site on several types.
def append_to(x):
    x.append(1)
    return x


print(append_to([]), end=" ")
try:
    append_to(())
except AttributeError as e:
    print(type(e).__name__, e)
print(append_to([0]))


# Exception instances: attributes and their special fields.
class MyErr(Exception):
    pass


err = MyErr("boom")
set_x(err, "exc attr")
print(get_x(err), err.args)
err.__cause__ = ValueError("cause")
print(repr(err.__cause__), err.__suppress_context__)
