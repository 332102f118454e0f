# Function objects: __name__, __qualname__, __doc__, __defaults__, custom attributes, functions as values.
def outer():
    def inner():
        "Inner doc."
        return 1
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__doc__, outer.__doc__, outer.__qualname__)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__, C.Nested.__qualname__, (lambda: 0).__qualname__)
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
counted(); counted()
print(counted.calls, callable(counted), type(counted).__name__)
def with_defaults(a, b=[1], c="x"):
    pass
print(with_defaults.__defaults__, with_defaults.__name__)
table = {"double": lambda v: v * 2, "neg": lambda v: -v}
print({k: fn(5) for k, fn in table.items()}, [g.__name__ for g in (len, print, outer)])
