# __getattr__ (only for missing attributes), __getattribute__-free proxies, __setattr__, __delattr__, __call__.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.log, p.count(1), p.log)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Record:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
r = Record()
r.v = 5
print(r.v)
del r.v
print(hasattr(r, "v"))
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *more, scale=1):
        return (x + sum(more)) * self.k * scale
m = Multiplier(3)
print(m(2), m(1, 2, 3), m(1, scale=10), callable(m), callable(Multiplier), list(map(m, [1, 2])))
try:
    Proxy(1)()
except TypeError as e:
    print("TypeError:", e)
