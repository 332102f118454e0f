# collections.Counter: counting, most_common order, update/subtract, arithmetic, elements.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(x=2, y=0, z=-1).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c, c["q"])
del c["q"]
del c["never"]
print("q" in c, c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], isinstance(wc, dict), dict(wc))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b, +b, -b)
a += Counter(b=5)
print(a)
a -= Counter(a=10)
print(a)
x = Counter(a=2, b=1)
x |= Counter(a=1, b=3, c=1)
print(x)
x &= Counter(a=5, b=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1),
      Counter(a=1) < Counter(a=1), Counter() == Counter())
print(repr(Counter()), Counter([1, 1, 2]), Counter({"x": 1.5, "y": 2}).most_common())
print(Counter("mississippi").most_common(1)[0], sum(Counter("hello").values()))
cp = c.copy()
cp["new"] = 1
print("new" in c, type(cp).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError", e)
