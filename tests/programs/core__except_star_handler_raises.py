# except* clauses that raise: new exceptions join the unmatched rest in a new
# ExceptionGroup('', [...]); their __context__ is the matched part; raise ... from works.
def show(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [" + ", ".join(show(e) for e in g.exceptions) + "])"
    return repr(g)


def attempt(label, f):
    try:
        f()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", show(e))
        return e


def one_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        pass


def new_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("from handler")


def two_handlers_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise ExceptionGroup("own", [IndexError("second")])


def naked_then_raise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("replaced")


def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("with cause") from e


attempt("one new", one_new)
e = attempt("new and rest", new_and_rest)
new = e.exceptions[0]
print("  context of the new one:", show(new.__context__), new.__context__ is not None)
attempt("two handlers raise", two_handlers_raise)
e = attempt("naked then raise", naked_then_raise)
print("  context:", show(e.__context__))
e = attempt("raise from", raise_from)
print("  cause:", show(e.__cause__))


def handler_error_then_next_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  in ValueError clause")
        1 / 0
    except* TypeError:
        print("  TypeError clause still runs")


attempt("division in handler", handler_error_then_next_clause)
