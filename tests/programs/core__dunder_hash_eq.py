# __eq__ and __hash__: dict/set membership, __eq__ without __hash__ makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == (1, 2), len({a, b, c}), {a: "first", b: "second"}, a in [b], [a, c].index(b))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5, 5 == NoHash())
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), hash(p) == hash(p), {p: 1}[p])
class NeOnly:
    def __eq__(self, o):
        print("eq called")
        return False
print(NeOnly() != 1)
