# Calling a class whose __init__ is a plain function (the dispatch loop's fast path) and every
# case next to it that must take the general path; and `C.m(obj, x)` calls through the class.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [P(i, -i) for i in range(5)]
print("points", [(p.x, p.y) for p in pts], type(pts[0]).__name__)


class Bad:
    def __init__(self, v):
        self.v = v
        return v


for args in ((None,), (3,)):
    try:
        b = Bad(*args) if args[0] is None else Bad(args[0])
        print("made", b.v)
    except TypeError as e:
        print("TypeError", e)


class Raises:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: " + str(v))
        self.v = v


try:
    print(Raises(1).v, Raises(-2).v)
except ValueError as e:
    print("ValueError", e)

for args in ((), (1, 2)):
    try:
        P(*args) if len(args) != 2 else P(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
try:
    P(1)
except TypeError as e:
    print("TypeError", e)


class WithNew:
    def __new__(cls, x):
        print("__new__", cls.__name__, x)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print("with new", WithNew(4).x)


class Other:
    def __new__(cls, x):
        return "not an instance"

    def __init__(self, x):
        print("never runs")


print("other", Other(1))


class MyList(list):
    def __init__(self, a):
        super().__init__([a, a])
        self.tag = "t"


ml = MyList(7)
print("mylist", ml, ml.tag, len(ml))


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code


try:
    raise MyErr(5)
except MyErr as e:
    print("MyErr", e, e.code, e.args)


class Defaults:
    def __init__(self, a, b=10):
        self.s = a + b


print("defaults", Defaults(1).s, Defaults(1, 2).s, Defaults(a=3).s)


# __init__ replaced after the class was called: the next call sees the new one.
class Swap:
    def __init__(self, a):
        self.a = ("old", a)


print("swap", Swap(1).a)


def new_init(self, a):
    self.a = ("new", a)


Swap.__init__ = new_init
print("swap", Swap(2).a)
del Swap.__init__
try:
    Swap(3)
except TypeError as e:
    print("TypeError", e)


class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    pass


print("inherited", Child(9).a, type(Child(9)).__name__)


# Instantiation recursing until the limit.
class Nest:
    def __init__(self, depth):
        self.inner = Nest(depth + 1) if depth < 100000 else None


try:
    Nest(0)
except RecursionError as e:
    print("RecursionError", e)


# Calls through the class: C.m(obj, x) with the right and wrong argument counts.
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self

    @staticmethod
    def twice(x):
        return 2 * x


class Limited(Counter):
    def bump(self, k):
        if self.n + k > 10:
            self.n = 0
        return Counter.bump(self, k)


c = Limited()
for k in range(8):
    Limited.bump(c, k)
print("counter", c.n, Counter.twice(21), Limited.twice(4))
try:
    Counter.bump(c)
except TypeError as e:
    print("TypeError", e)
try:
    Counter.bump(c, 1, 2)
except TypeError as e:
    print("TypeError", e)
print("unbound", Counter.bump(Counter(), 5).n)

# An error inside __init__ leaves a traceback through the caller.
Raises(-1)
