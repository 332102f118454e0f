# with: an exception in __enter__ skips __exit__; __exit__ sees the exception and its traceback argument exists.
class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *exc):
        print("exit must not run")
try:
    with FailEnter():
        print("body must not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print(typ.__name__, repr(val), tb is not None)
        return isinstance(val, KeyError)
with Inspect():
    {}["missing"]
print("KeyError suppressed")
try:
    with Inspect():
        [][0]
except IndexError:
    print("IndexError propagated")
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
