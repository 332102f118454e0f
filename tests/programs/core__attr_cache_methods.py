# Method calls `obj.m()` and class-level calls `C.m(obj)` repeated at one call site must see
# every change made in between: instance attributes shadowing the method (set directly, via
# setattr or through __dict__), methods replaced, deleted or turned into class/static methods
# on the class or a base, and instances of several classes passing through the same site.


class Base:
    def __init__(self, x):
        self.x = x

    def m(self):
        return ("Base.m", self.x)


class Child(Base):
    def m(self):
        return ("Child.m", Base.m(self))


def call_m(obj):
    return obj.m()


def call_base_m(obj):
    return Base.m(obj)


objs = [Base(1), Child(2), Base(3)]
print([call_m(o) for o in objs])
print([call_base_m(o) for o in objs])

# An instance attribute named like the method shadows it at the same site, whether it was
# set after the other attributes, with setattr, or straight into __dict__.
b = Base(4)
print(call_m(b))
b.m = lambda: "instance m"
print(call_m(b), call_m(Base(5)))
del b.m
print(call_m(b))
setattr(b, "m", lambda: "setattr m")
print(call_m(b))
c = Base(6)
print(call_m(c))
c.__dict__["m"] = lambda: "dict m"
print(call_m(c), call_m(Base(7)))

# An instance that sets the shadowing name first (another attribute order than the class's).
class Order:
    def m(self):
        return "Order.m"


o1 = Order()
o1.a = 1
print(call_m(o1))
o2 = Order()
o2.m = lambda: "o2 own m"
o2.a = 2
print(call_m(o2), call_m(o1))

# The method replaced on the class, on a base, deleted, then a classmethod and a staticmethod.
Base.m = lambda self: ("new Base.m", self.x)
print(call_m(Base(8)), call_m(Child(9)), call_base_m(Child(10)))
del Child.m
print(call_m(Child(11)))
Base.m = classmethod(lambda cls, *rest: ("classmethod", cls.__name__, len(rest)))
print(call_m(Base(12)), call_m(Child(13)), call_base_m(Base(14)))
Base.m = staticmethod(lambda *rest: ("staticmethod", len(rest)))
print(call_m(Base(15)), call_base_m(Base(16)))
del Base.m
for f in (call_m, call_base_m):
    try:
        f(Base(17))
    except AttributeError as e:
        print(type(e).__name__, e)


# A callable instance as a class attribute (no binding) and a property returning a function.
class Callable:
    def __call__(self, *args):
        return ("Callable", len(args))


class UsesCallable:
    m = Callable()


class UsesProperty:
    @property
    def m(self):
        return lambda: "from property"


print(call_m(UsesCallable()), call_m(UsesProperty()), call_m(Order()))


# __getattr__ is consulted only when the method is missing.
class Fallback:
    def __getattr__(self, name):
        return lambda: "getattr " + name


fb = Fallback()
print(call_m(fb))
Fallback.m = lambda self: "real m"
print(call_m(fb))


# __slots__ instances and a method shadowed by a slot's value is impossible (read-only).
class Slotted:
    __slots__ = ("x",)

    def m(self):
        return "Slotted.m"


s = Slotted()
s.x = 1
print(call_m(s))
try:
    s.m = 2
except AttributeError as e:
    print(type(e).__name__, e)

# Stores then loads through one site while the value changes kind (int, instance, function).
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def put(self, v):
        self.v = v
        return self


bx = Box(0)
for v in [1, Box(2), len, None, "s"]:
    got = bx.put(v).get()
    print(type(got).__name__, got is v)
