# Decorators: plain, with arguments, stacked, on methods and classes.
def trace(fn):
    def wrapped(*args, **kwargs):
        print("call", fn.__name__, args[-1])
        return fn(*args, **kwargs)
    wrapped.__name__ = "traced_" + fn.__name__
    return wrapped
def times(n):
    def deco(fn):
        def wrapped(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapped
    return deco
@trace
@times(3)
def double(x):
    return x * 2
print(double(1), double.__name__)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Thing:
    @trace
    def method(self, v):
        return v + 1
print(registry, Thing.registered, Thing().method(4))
order = []
def mark(tag):
    order.append("make " + tag)
    def deco(fn):
        order.append("apply " + tag)
        return fn
    return deco
@mark("a")
@mark("b")
def f():
    pass
print(order)
