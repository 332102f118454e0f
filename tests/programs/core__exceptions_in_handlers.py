# Exceptions raised inside except/finally blocks, bare raise outside a handler, exception variable scope.
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        raise ValueError("lost")
    finally:
        raise TypeError("replaces")
try:
    g()
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
def nested_handlers():
    try:
        try:
            raise ValueError("a")
        except ValueError as e:
            print("inner caught", e)
            raise
    except ValueError as e:
        print("outer caught", e)
        return "done"
print(nested_handlers())
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            pass
        raise
except KeyError as e:
    print("re-raised the KeyError", e)
