# Reflected operators: a subclass's reflected method runs first; __eq__ reflection; NotImplemented on both sides.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Money.__add__")
        return Money(self.v + getattr(other, "v", other))
    def __radd__(self, other):
        print("Money.__radd__")
        return Money(getattr(other, "v", other) + self.v)
    def __eq__(self, other):
        print("Money.__eq__")
        return isinstance(other, Money) and self.v == other.v
class Euro(Money):
    def __radd__(self, other):
        print("Euro.__radd__")
        return Euro(getattr(other, "v", other) + self.v)
    def __eq__(self, other):
        print("Euro.__eq__")
        return NotImplemented
r = Money(1) + Euro(2)
print(type(r).__name__, r.v)
r = 5 + Money(1)
print(type(r).__name__, r.v)
print(Money(1) == Euro(1))
print(1 == Money(1))
class Nope:
    def __eq__(self, other):
        return NotImplemented
a, b = Nope(), Nope()
print(a == b, a == a, a != b)
