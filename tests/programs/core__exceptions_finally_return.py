# finally runs on return/break/continue; a return in finally overrides; else clauses.
def f():
    try:
        return "try"
    finally:
        print("finally after return")
def g():
    try:
        raise ValueError
    finally:
        return "finally wins"
def h():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
def k(flag):
    try:
        if flag:
            raise KeyError
    except KeyError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
print(f(), g(), h())
k(True)
k(False)
def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError("a")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested())
def counter():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 10
        print("x in finally", x)
print(counter())
