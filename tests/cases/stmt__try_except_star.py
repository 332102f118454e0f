# except* handles parts of an ExceptionGroup, with else and finally.
def run():
    try:
        raise ExceptionGroup("several", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as group:
        print("values", group.exceptions)
    except* (TypeError, KeyError) as group:
        print("others", group.exceptions)
    else:
        print("no error")
    finally:
        print("finally")
try:
    pass
except* OSError:
    pass
run()
