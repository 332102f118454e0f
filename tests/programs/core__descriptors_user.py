# Descriptors written in Python: data descriptors (__set__/__delete__) win over the instance
# dict, non-data ones (__get__ only) lose to it; __set_name__ runs when the class is made;
# access through the class passes None as the instance.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Plain:
    pass

class Item:
    qty = Typed()
    marker = Plain()
    def __init__(self, qty):
        self.qty = qty
    @Lazy
    def total(self):
        print("computing")
        return self.qty * 10

it = Item(3)
print(it.qty, it.__dict__, type(Item.qty).__name__, Item.total)
it.__dict__["qty"] = 99
print(it.qty, it.total, it.total, it.__dict__["total"])
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(it.qty, type(it.marker).__name__, it.marker is Item.marker)
Dyn = type("Dyn", (), {"size": Typed()})
d = Dyn()
d.size = 4
print(d.size, vars(d))
