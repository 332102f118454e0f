# More subclasses of built-in types: tuple (namedtuple style), dict with __init__ and
# __missing__, set, float, str keys, explicit base-class calls and the special methods
# of built-in types called as attributes.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(1, 2)
x, y = p
print(p, x, y, p.x + p.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p + (3,), type(p + (3,)).__name__, p[::-1], sorted(p, reverse=True), list(p), p.index(2), p.count(1))
print({p: "here"}[(1, 2)], (1, 2) in {p}, max(p), tuple(p), str(p))

class Counter(dict):
    def __init__(self, items=(), **kw):
        super().__init__(**kw)
        for it in items:
            self[it] += 1
    def __missing__(self, key):
        return 0
c = Counter("abca", z=5)
print(c, c["a"], c["q"], "q" in c, c.get("q"), len(c), sorted(c), list(c.items())[:2])
print(isinstance(c, dict), type(c).__name__, dict(c), c == {"z": 5, "a": 2, "b": 1, "c": 1}, c.copy())

class Upper(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], u.get("a"), u.get("A"))
try:
    u["missing"]
except KeyError as e:
    print("KeyError", e)

class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags([3, 1])
t.add_all(2, 3)
print(sorted(t), len(t), 2 in t, t | {9} == {1, 2, 3, 9}, type(t | {9}).__name__, isinstance(t, set))

class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"
h = Celsius(21.456)
print(h, repr(h), h + 1, type(h * 2).__name__, round(h, 1), int(h), f"{h:.2f}", h > 20)

class Key(str):
    pass
d = {"k": 1}
print(d[Key("k")], Key("k") in d, {Key("a"): 1} == {"a": 1}, Key("ab") + "c", Key("x") * 3, Key("a") < "b")
print("-".join([Key("a"), Key("b")]), Key("abc").upper(), Key("a b").split(), f"[{Key('f'):>3}]", str(Key("s")))

class Stack(list):
    pass
s = Stack()
s += [1, 2]
s.extend((3,))
s[0] = 10
del s[1]
print(s, len(s), bool(Stack()), s * 2, 3 in s, list(reversed(s)), s == [10, 3], s.pop(), s)
print(Stack("ab"), repr(Stack()), type(s.copy()).__name__, sorted(Stack([3, 1, 2])))
list.append(s, 7)
print(s, list.__len__(s))

class Num(int):
    def __add__(self, other):
        return Num(int(self) + int(other) + 100)
n = Num(1)
print(n + 1, 1 + n, type(n - 1).__name__, -n, abs(Num(-3)), n << 2, hex(Num(255)), [10, 20][Num(1)], range(Num(3)))

print("ab".__len__(), "ab".__getitem__(1), "ab".__add__("c"), "x".__mul__(3), "ab".__contains__("a"))
print((5).__add__(1), (5).__add__("x"), (5).__radd__(2), (2.5).__mul__(2), (5).__eq__(5.0), (5).__eq__("5"))
print(int.__add__(3, 4), str.__len__("hey"), list.__getitem__([1, 2], 0), dict.__getitem__({"a": 1}, "a"))
print([1].__eq__([1]), (1, 2).__lt__((1, 3)), {1}.__or__({2}), hash("a") == "a".__hash__())
for bad in ("bool", "range", "slice"):
    try:
        type("X", (eval(bad) if False else {"bool": bool, "range": range, "slice": slice}[bad],), {})
    except TypeError as e:
        print("TypeError", e)
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    {Stack(): 1}
except TypeError as e:
    print("TypeError", e)
