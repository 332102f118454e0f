# vars() and __dict__ of instances and classes; dir() of a simple class filtered to its own names.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(vars(p), p.__dict__, vars(p) is p.__dict__)
p.z = 0
vars(p)["w"] = 9
print(vars(p), p.w)
print([n for n in dir(p) if not n.startswith("__")], [n for n in dir(Point) if not n.startswith("_")])
print(sorted(k for k in vars(Point) if not k.startswith("__")), "__init__" in dir(Point), "norm" in Point.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
