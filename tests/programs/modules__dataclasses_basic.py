# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, order,
# fields/asdict/astuple/replace, and the error messages.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p == Point(2, 1))
print(p.x, p.y, Point.y, [f.name for f in fields(Point)], [f.type for f in fields(p)])
p.x = 10
print(p, is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__match_args__)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)


a = Inventory("a")
b = Inventory("b", ["x"])
a.items.append(1)
print(a, b, Inventory("a", [1]) == a, hasattr(Inventory, "items"), Inventory.count)
print(Inventory("q", secret="t") == Inventory("q"), asdict(b), astuple(b))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "dup")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))


@dataclass
class Line:
    start: Point
    end: Point
    tags: dict = field(default_factory=dict)


ln = Line(Point(0, 0), Point(3, 4), {"k": [1, 2]})
d = asdict(ln)
print(d, astuple(ln))
d["tags"]["k"].append(3)
print(ln.tags, d["tags"])


@dataclass
class Temp:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32


print(Temp(100), Temp(-40).fahrenheit)
try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError", e)

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: fields(3), lambda: asdict(Point),
            lambda: replace(Temp(1), fahrenheit=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
