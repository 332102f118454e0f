# dataclasses: inheritance, kw_only, KW_ONLY, user-written methods kept, class errors.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    b: str = "child-b"


print(Child(1), [f.name for f in fields(Child)], Child(1, "x", 2.0) == Child(1, "x", 2.0))
print(Base(1) == Child(1, "b"))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Options()
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int


print(Mixed(1, z=3), Mixed.__match_args__)


@dataclass(repr=False, eq=False)
class Plain:
    v: int


pl = Plain(3)
print(pl.v, pl == Plain(3), pl == pl, repr(pl).startswith("<"))


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return f"Custom<{self.v}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
match Node(5):
    case Node(value=5):
        print("matched by keyword")
match Node(7, []):
    case Node(v, []):
        print("matched by position", v)

for bad_class in ["default_order", "mutable", "order_eq", "frozen_mix"]:
    try:
        if bad_class == "default_order":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif bad_class == "mutable":
            @dataclass
            class Bad:
                a: list = []
        elif bad_class == "order_eq":
            @dataclass(order=True, eq=False)
            class Bad:
                a: int
        else:
            @dataclass(frozen=True)
            class Bad(Base):
                z: int = 0
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
