# The built-in exception hierarchy as seen by issubclass and except clauses.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
         (KeyboardInterrupt, BaseException), (SystemExit, Exception), (TimeoutError, OSError),
         (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
         (AssertionError, Exception), (Exception, BaseException), (StopAsyncIteration, Exception), (bool, int)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in KeyError.__mro__])
def trigger(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return undefined_name
    if kind == 4:
        return None.attr
    if kind == 5:
        return int("z")
    if kind == 6:
        assert 1 == 2, "assertion msg"
    if kind == 7:
        raise NotImplementedError
    return len(5)
for k in range(9):
    try:
        trigger(k)
    except (ArithmeticError, LookupError) as e:
        print("arith/lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
