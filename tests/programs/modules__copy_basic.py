# copy: shallow and deep copies, shared and cyclic structure, hooks.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc[0])
d = {"a": {1, 2}, "b": (3, [4])}
dd = copy.deepcopy(d)
d["b"][1].append(5)
print(dd, d)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Shape:
    def __init__(self, pts):
        self.pts = pts
        self.name = "poly"


s = Shape([Point(0, 0), Point(1, 1)])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
s.pts[0].x = 100
print(s2.pts, s3.pts, s2.pts is s.pts, s3.pts is s.pts, s3.name, type(s3).__name__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("copy hook")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return Hooked(self.v + 10)


print(copy.copy(Hooked(1)).v, copy.deepcopy([Hooked(1)])[0].v)
print(copy.copy(5), copy.copy("s"), copy.copy(None), copy.copy(len) is len, copy.copy(int) is int)
print(copy.copy({1, 2}), copy.copy({"a": 1}), copy.deepcopy(frozenset([1])))
