# Generators: lazy values, send(), throw(), close(), return values.
def counter(limit):
    n = 0
    while n < limit:
        received = yield n
        print(f"  got {received!r}")
        if received == "reset":
            n = 0
        else:
            n += 1
    return "exhausted"


g = counter(3)
print(next(g))
print(g.send("hello"))
print(g.send("reset"))
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)


def resilient():
    while True:
        try:
            value = yield
            print("  processing", value)
        except ValueError as e:
            print("  recovered from", repr(e))
        finally:
            print("  step done")


r = resilient()
next(r)
r.send(1)
r.throw(ValueError("oops"))
r.send(2)
r.close()
print("closed")


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup on close")


gg = guarded()
print(next(gg))
gg.close()
print(list(guarded()))


def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        if value is None:
            return average
        total += value
        count += 1
        average = total / count


a = averager()
next(a)
for v in [10, 20, 60]:
    print("average", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)


def boom():
    yield 1
    raise KeyError("inside")


b = boom()
print(next(b))
try:
    next(b)
except KeyError as e:
    print("KeyError", e)
print(list(b))
try:
    next(b)
except StopIteration:
    print("finished generators stay finished")
