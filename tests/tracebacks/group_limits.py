# Deep and wide groups: CPython's max_group_depth (10) and max_group_width (15) limits; except*
# inside try/finally with a return (tests/cli.rs compares the whole stderr).
def f(x):
    try:
        try:
            if x:
                return "from try"
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("v")
        finally:
            print("finally 1")
    except* TypeError as e:
        print("outer t", e)
    finally:
        print("finally 2")
    return "end"
print(f(True)); print(f(False))
g = ValueError("leaf")
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g])
wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)])
raise ExceptionGroup("top", [g, wide])
