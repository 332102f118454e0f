# A bare `raise` in an except* clause re-raises its part into the original structure
# (nesting and message kept); `raise e` counts as a new raise and is wrapped.
def show(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [" + ", ".join(show(e) for e in g.exceptions) + "])"
    return repr(g)


def make():
    return ExceptionGroup(
        "top",
        [
            ValueError(1),
            ExceptionGroup("mid", [TypeError(2), ValueError(3), ExceptionGroup("deep", [KeyError(4)])]),
            OSError(5),
        ],
    )


def attempt(label, f):
    try:
        f()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", show(e))


def reraise_values():
    try:
        raise make()
    except* ValueError:
        raise


def reraise_two_clauses():
    try:
        raise make()
    except* ValueError:
        raise
    except* KeyError:
        raise
    except* (TypeError, OSError):
        pass


def reraise_and_new():
    try:
        raise make()
    except* KeyError:
        raise
    except* OSError:
        raise RuntimeError("new")
    except* (TypeError, ValueError):
        pass


def raise_e():
    try:
        raise make()
    except* OSError as e:
        raise e
    except* Exception:
        pass


def reraise_naked():
    try:
        raise IndexError("naked")
    except* IndexError:
        raise


def reraise_in_nested_try():
    try:
        raise make()
    except* ValueError:
        try:
            raise
        except ExceptionGroup as inner:
            print("  inner sees", show(inner))
            raise


attempt("re-raise ValueError part", reraise_values)
attempt("re-raise two parts", reraise_two_clauses)
attempt("re-raise and new", reraise_and_new)
attempt("raise e", raise_e)
attempt("re-raise naked", reraise_naked)
attempt("nested try", reraise_in_nested_try)
g = make()
try:
    try:
        raise g
    except* TypeError:
        raise
except ExceptionGroup as out:
    print("same object when all is re-raised?", out is g, show(out))
try:
    try:
        raise g
    except* Exception:
        raise
except ExceptionGroup as out:
    print("fully matched and re-raised:", out is g)
