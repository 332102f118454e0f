# Exception chaining: __cause__ with from, implicit __context__, from None suppression, re-raise.
def show(e):
    return (type(e).__name__, str(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(show(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(show(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(show(e))
try:
    try:
        raise KeyError("orig")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e), e.__context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__traceback__, e.with_traceback(None) is e)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("v") from 5
except TypeError as err:
    print("TypeError:", err)
def handler():
    try:
        raise OSError("inner")
    except OSError as exc:
        pass
    return exc
try:
    handler()
except UnboundLocalError as err:
    print("UnboundLocalError:", err)
