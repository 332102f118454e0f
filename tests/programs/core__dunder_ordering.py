# Rich comparisons: __lt__ etc., reflected comparisons, sorting with __lt__ only, and NotImplemented.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") == Version("1.0"), Version("2.0") > Version("1.0"))
class Lt:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt called")
        return self.n > other
print(3 < Lt(5))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print("TypeError:", e)
