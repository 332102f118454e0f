# Instance attributes: the same behaviour whatever the storage (split values shared by the
# class's instances, or a dict once `__dict__` is taken or the order diverges).


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# Many instances with the same layout, then one that sets them in another order.
ps = [P(i, i * 2) for i in range(5)]
print([(p.x, p.y) for p in ps], vars(ps[0]))
q = P.__new__(P)
q.y = 1
q.x = 2
print(vars(q), list(vars(q)), q.x, q.y)

# The dict taken, then attributes added through the object and through the dict.
p = P(1, 2)
d = p.__dict__
print(d is p.__dict__, d is vars(p))
p.z = 3
d["w"] = 4
print(d, p.w, p.z, sorted(dir(p))[-4:])
del d["x"]
print(hasattr(p, "x"), d)
p.x = 10
print(list(d), p.x)

# Deleted and re-added in another order.
r = P(1, 2)
del r.x
print(vars(r))
try:
    r.x
except AttributeError as e:
    print(type(e).__name__, e)
r.x = 5
print(vars(r), list(r.__dict__))
try:
    del r.nope
except AttributeError as e:
    print(type(e).__name__, e)

# More attributes than any instance had before, and than the class shares (30).
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, f"a{i}", i)
print(len(vars(m)), m.a0, m.a29, m.a30, m.a39, list(vars(m))[28:32])
m2 = Many()
for i in range(3):
    setattr(m2, f"a{i}", -i)
m2.extra = "e"
print(vars(m2))

# Setting an attribute again keeps its place.
s = P(1, 2)
s.x = 100
s.z = 0
s.x = 200
print(vars(s))

# Subclass instances with layouts of their own.
class Q(P):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)


qs = [Q(1, 2, 3), Q(4, 5, 6)]
print([vars(o) for o in qs], vars(P(7, 8)))

# Class attributes shadowed by instance attributes, and uncovered again.
class C:
    k = "class"

    def m(self):
        return "method"


c = C()
print(c.k, c.m())
c.k = "inst"
c.m = lambda: "instance lambda"
print(c.k, c.m(), C.k)
del c.k
del c.m
print(c.k, c.m())

# __slots__, __getattr__ and __setattr__.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


o = S()
o.b = 2
print(o.a, o.b)
try:
    o.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.__dict__
except AttributeError as e:
    print(type(e).__name__, e)


class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "computed " + name


class T:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


g = G()
print(g.real, g.other)
t = T()
t.v = 21
print(t.v, vars(t))

# Exceptions keep attributes too.
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


try:
    raise E(7)
except E as e:
    e.extra = "x"
    print(e.code, e.extra, vars(e), e.args)

# The same attribute site reading instances of two layouts.
def total(objs):
    return [o.y for o in objs]


print(total([P(1, 2), Q(3, 4, 5), P(6, 7)]))
a = P(1, 2)
a.__dict__.clear()
print(vars(a), hasattr(a, "x"))
a.y = 9
print(vars(a), total([a]))
