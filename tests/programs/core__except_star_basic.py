# except*: each clause runs once with the matching part; a naked exception is wrapped in
# ExceptionGroup('', [exc]); what no clause matches propagates; else and finally still run.
def show(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [" + ", ".join(show(e) for e in g.exceptions) + "])"
    return repr(g)


def run(exc):
    try:
        try:
            if exc is not None:
                raise exc
            print("  body ok")
        except* ValueError as e:
            print("  ValueError clause:", show(e))
        except* (TypeError, KeyError) as e:
            print("  TypeError/KeyError clause:", show(e))
        except* OSError:
            print("  OSError clause (no name)")
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as rest:
        print("  propagated:", show(rest))


print("no exception:")
run(None)
print("naked ValueError:")
run(ValueError("v"))
print("naked unmatched:")
run(ZeroDivisionError("z"))
print("group, all matched:")
run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
print("group, rest propagates:")
run(ExceptionGroup("g", [ValueError(1), IndexError(2), RuntimeError(3)]))
print("group of only unmatched:")
run(ExceptionGroup("g", [IndexError(2)]))
print("base exception group:")
run(BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()]))

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as e:
    print("wrapped base:", type(e).__name__, show(e))

try:
    raise ValueError("x")
except* ValueError as e:
    pass
try:
    e
except NameError as err:
    print("name cleared:", err)

count = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        count += 1
print("count", count)
