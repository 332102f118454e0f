# Subclassing ExceptionGroup: the documented __new__ + derive pattern keeps the subclass and its
# extra attribute in split parts and except* matches; without derive, parts are plain groups.
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj

    def derive(self, excs):
        return MyGroup(self.message, excs, self.errcode)


g = MyGroup("coded", [ValueError(1), TypeError(2)], 42)
print(type(g).__name__, g.errcode, g.args, str(g))
m, r = g.split(ValueError)
print(type(m).__name__, m.errcode, repr(m), type(r).__name__, r.errcode)
try:
    raise g
except* TypeError as e:
    print("part:", type(e).__name__, e.errcode, e.exceptions)
except* ValueError as e:
    print("part:", type(e).__name__, e.errcode, e.exceptions)


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [KeyError("k"), ValueError("v")])
print(type(p.subgroup(KeyError)).__name__, isinstance(p, ExceptionGroup))
try:
    Plain("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)


class BaseSub(BaseExceptionGroup):
    pass


print(type(BaseSub("b", [ValueError()])).__name__, type(BaseSub("b", [SystemExit()])).__name__)
