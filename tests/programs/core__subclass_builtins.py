# Subclassing list, dict, int and str: overridden methods, super() calls, isinstance, operators.
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__, sum(s))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["abc"], d, d.get("zz"), "zz" in d, isinstance(d, dict))
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v * 2)
ld = LoudDict()
ld["x"] = 1
print(ld, ld["x"])
class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"
m = Meters(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, hash(m) == hash(5))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n, len(n), n == "bob", n[0], type(n[0]).__name__)
class MyErr(KeyError):
    pass
try:
    raise MyErr("k")
except LookupError as e:
    print(repr(e), str(e))
