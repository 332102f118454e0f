# str() and repr() of built-in exceptions with zero, one and several arguments; KeyError quotes its key.
for e in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(1), KeyError(), IndexError(3),
          StopIteration(5), SystemExit(2), OSError(2, "No such file"), Exception(None), RuntimeError(""), TypeError(["l"])]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(5).value, SystemExit(2).code, SystemExit().code, OSError(2, "x").errno, OSError(2, "x").strerror)
