# try/finally runs on return, break and continue; finally can override return.
def f(x):
    try:
        if x:
            return "from try"
        print("  try falls through")
    finally:
        print("  finally runs")
    return "after"


print(f(True))
print(f(False))


def override():
    try:
        return "try"
    finally:
        return "finally wins"


print(override())


def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("x")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


print(nested())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("  body", i)
    finally:
        print("  finally", i)


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


print(swallow())


def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        print("  handling, then re-raise")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised", e)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values:", [e.args for e in g.exceptions])
except* TypeError as g:
    print("types:", [e.args for e in g.exceptions])
