# Exceptions: except order, else/finally, chaining with from, __context__, custom classes.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    pass


def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise NotFound(404, f"no {key}") from e


for key in ["a", "b"]:
    try:
        value = lookup(key)
    except AppError as e:
        print("error", e.code, e, type(e).__name__, repr(e.__cause__), e.__suppress_context__)
    else:
        print("found", value)
    finally:
        print("finally for", key)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

try:
    try:
        raise TypeError("original")
    except TypeError:
        raise RuntimeError("replacement") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))


def order():
    for exc in [ValueError("v"), KeyError("k"), IndexError("i"), None]:
        try:
            if exc:
                raise exc
            print("no error")
        except (KeyError, IndexError) as e:
            print("lookup family:", type(e).__name__, isinstance(e, LookupError))
        except Exception as e:
            print("other:", e.args)


order()
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(NotFound, Exception), issubclass(KeyboardInterrupt, Exception))
try:
    raise AppError(1, "first")
except AppError as err:
    saved = err
print(saved, saved.code)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
