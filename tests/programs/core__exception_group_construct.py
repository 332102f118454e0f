# ExceptionGroup construction: argument checks with CPython's messages, the automatic
# BaseExceptionGroup -> ExceptionGroup choice, message/exceptions/args, str and repr.
def attempt(label, *args, **kwargs):
    try:
        g = ExceptionGroup(*args, **kwargs)
        print(label, "->", repr(g))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("one arg", "m")
attempt("three args", "m", [ValueError()], 3)
attempt("int message", 1, [ValueError()])
attempt("not a sequence", "m", 5)
attempt("a set", "m", {ValueError()})
attempt("empty", "m", [])
attempt("item 0", "m", [1])
attempt("item 1", "m", [ValueError(), "oops"])
attempt("base exception", "m", [KeyboardInterrupt()])
attempt("keyword", "m", [ValueError()], x=1)
attempt("tuple", "m", (ValueError(1),))

g = BaseExceptionGroup("all plain", [ValueError(1), TypeError(2)])
print(type(g).__name__, isinstance(g, Exception), isinstance(g, BaseExceptionGroup))
b = BaseExceptionGroup("with base", [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__], ExceptionGroup.__module__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

items = [ValueError("a"), KeyError("k")]
eg = ExceptionGroup("batch", items)
items.append(OSError("late"))
print(eg.message, eg.exceptions, len(eg.args[1]), eg.args[1] is items)
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("single", [ValueError()])))
print(str(ExceptionGroup("", [ValueError(), ValueError()])))
nested = ExceptionGroup("outer", [eg, ExceptionGroup("inner", [IndexError(0)])])
print(nested, [str(e) for e in nested.exceptions])
try:
    eg.message = "changed"
except AttributeError as e:
    print("AttributeError", type(e).__name__)
try:
    raise nested
except Exception as caught:
    print("caught as Exception:", caught.message, type(caught).__name__)
