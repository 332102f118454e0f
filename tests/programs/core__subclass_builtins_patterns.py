# Library-style subclasses of built-in types: a list with super().__init__, a defaultdict-like
# dict with __missing__ and ** unpacking, a namedtuple-like tuple with __slots__ = (), a str
# subclass in f-strings, membership and dict keys, an OrderedDict-like move_to_end.
class L(list):
    def __init__(self, it=()):
        super().__init__(it)
        self.extra = 1
l = L([1, 2])
print(l, l.extra, len(l), l[0], l + [3], [x * 2 for x in l], sorted(l, reverse=True), l == [1, 2], l != [1])
class DD(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
    def __repr__(self):
        return f"DD({dict.__repr__(self)})"
d = DD(list, a=[1])
d["b"].append(2)
print(d, list(d.items()), d.factory, {**d}, dict(d))
class NT(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    a = property(lambda self: self[0])
    def _replace(self, **kw):
        return NT(kw.get("a", self.a), self[1])
n = NT(1, 2)
print(n, n.a, n._replace(a=5), isinstance(n, tuple), n == (1, 2), hash(n) == hash((1, 2)), repr(n), f"{n}", "%s" % (n,))
try:
    n.zz = 1
except AttributeError as e:
    print("AttributeError:", e)
class S(str):
    pass
s = S("hi")
print(f"{s!r} {s}", s.upper(), s + "!", s * 2, s in "hi there", "h" in s, {s: 1}, s.startswith("h"), s.__class__.__name__, str(s) == "hi", type(str(s)).__name__)
class OD(dict):
    def move_to_end(self, key):
        v = self.pop(key)
        self[key] = v
o = OD(a=1, b=2)
o.move_to_end("a")
print(o, list(o), o.keys(), len(o.values()))
