# collections.namedtuple: fields, defaults, _replace, _asdict, _make, repr, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, Point._fields, Point(*(3, 4)), Point(**{"x": 5, "y": 6}))
print(p._replace(x=10), p._asdict(), Point._make([7, 8]), p + (3,), p * 2)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(p) == hash((1, 2)), p.count(1), p.index(2))
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Oslo"])
ann = Person("Ann", 41)
print(ann, Person._field_defaults, Person("Bo", 3, "Rome"), ann._replace(city="Bergen"))
Opt = namedtuple("Opt", "a, b c", defaults=(1, 2))
print(Opt(0), Opt(0, 5), Opt._fields, Opt.__name__)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4))
print(Point.__doc__, Point.x.__doc__, type(p).__name__)
match p:
    case Point(x, y):
        print("match", x, y)
d = {p: "point"}
print(d[(1, 2)], d[Point(1, 2)])

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: namedtuple("a", "def"),
            lambda: namedtuple("a", "_x"), lambda: namedtuple("a", "x x"),
            lambda: namedtuple("1a", "x"), lambda: namedtuple("A", "x", defaults=(1, 2)),
            lambda: Person()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
