# __new__ receives the constructor arguments too; __init__ is skipped when __new__ returns another type.
class Tracked:
    created = []
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        obj = super().__new__(cls)
        Tracked.created.append(cls.__name__)
        return obj
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.total = a + b
class Sub(Tracked):
    pass
t = Tracked(1, b=2)
s = Sub(5)
print(t.total, s.total, Tracked.created, type(s).__name__)
class Other:
    def __new__(cls):
        return "a string"
    def __init__(self):
        print("never called")
print(Other(), type(Other()).__name__)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
