# An uncaught exception group: weft must print CPython's whole report (tests/cli.rs).
def fail(n):
    raise ValueError(f"bad value {n}")


def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("inner")
    except KeyError as k:
        try:
            raise KeyError("missing")
        except KeyError as m:
            errors.append(m)
    inner = ExceptionGroup("inner", [TypeError("t"), OSError("o")])
    inner.add_note("a note on the inner group")
    errors.append(inner)
    raise ExceptionGroup("many problems", errors)


def main():
    try:
        collect()
    except* OSError:
        raise


main()
