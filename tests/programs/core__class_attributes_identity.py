# Class vs instance attributes, mutable class attributes shared, __class__, __name__, __module__, bound methods.
class Bag:
    shared = []
    kind = "bag"
    def __init__(self):
        self.own = []
    def add(self, v):
        self.shared.append(v)
        self.own.append(v)
a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(Bag.shared, a.own, b.own, a.shared is b.shared)
a.kind = "mine"
print(a.kind, b.kind, Bag.kind, "kind" in vars(a), "kind" in vars(b))
del a.kind
print(a.kind, a.__class__ is Bag, Bag.__name__, Bag.__module__, type(a).__name__)
m = a.add
print(m.__self__ is a, m.__func__ is Bag.add, m.__name__, Bag.add(a, 3), a.own)
print(a.add == a.add, a.add is a.add, type(m).__name__, type(Bag.add).__name__)
class Empty:
    "A docstring."
print(Empty.__doc__, Empty().__class__.__name__, Empty.__bases__, isinstance(Empty, type), Empty.__mro__[-1].__name__)
