# __new__, __init__, __repr__ and __str__; str() falls back to __repr__; containers use repr.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, tag):
        print("init", tag)
        self.tag = tag
a = Singleton("a")
b = Singleton("b")
print(a is b, a.tag)
class R:
    def __repr__(self):
        return "R()"
class S(R):
    def __str__(self):
        return "an S"
print(R(), str(R()), repr(S()), str(S()), [S()], f"{S()} {S()!r}", "%s %r" % (S(), S()), (S(),), {"k": S()})
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, len(u), u + "!", isinstance(u, str), type(u).__name__)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
