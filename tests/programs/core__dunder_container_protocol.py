# Container dunders: __len__, __getitem__/__setitem__/__delitem__, __contains__, __iter__, __bool__, __reversed__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid()
g[0, 1] = "a"
g[2, 2] = "b"
print(len(g), g[0, 1], (2, 2) in g, (5, 5) in g, list(g), bool(g))
del g[0, 1]
print(len(g), list(g))
try:
    g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s][::-1])
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1], sl[1:2], sl[::3], sl[1, 2:3], sl[...])
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Sized:
    def __len__(self):
        return 0
print(bool(Truthy(True)), not Truthy(False), bool(Sized()), bool(object()), "yes" if Sized() else "no")
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
