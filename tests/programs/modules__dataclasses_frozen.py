# dataclasses: frozen instances (hashable, assignment raises FrozenInstanceError), replace,
# and the != that object.__ne__ derives from the generated __eq__.
from dataclasses import dataclass, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


print(Point(1, 2) != Point(1, 2), Point(1, 2) != Point(2, 1))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: "orange"}[Color(255, 128, 0)])
try:
    c.r = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del c.g
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(replace(c, g=0), c)
try:
    Color()
except TypeError as e:
    print("TypeError", e)
import copy
print(copy.copy(c), copy.deepcopy(c) == c, copy.deepcopy(c) is not c)


@dataclass(frozen=True)
class Pair:
    left: list
    right: int = 0


pr = Pair([1])
pr.left.append(2)
print(pr, replace(pr, right=5))
try:
    pr.right = 3
except AttributeError as e:
    print(type(e).__name__, e)
