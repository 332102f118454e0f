# Protocol methods returning the wrong type are TypeErrors/ValueErrors with CPython's messages.
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class BadIter:
    def __iter__(self):
        return 5
class BadRepr:
    def __repr__(self):
        return 42
for make in [lambda: bool(BadBool()), lambda: len(NegLen()), lambda: len(StrLen()), lambda: iter(BadIter()), lambda: repr(BadRepr()), lambda: bool(NegLen())]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
