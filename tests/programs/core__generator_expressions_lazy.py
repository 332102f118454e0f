# Generator expressions evaluate lazily; the outermost iterable is evaluated at once; single use.
log = []
def src():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
ge = (x * 10 for x in src())
print(log)
print(next(ge), log)
print(list(ge), len(log))
print(list(ge))
def outer():
    log.append("outer evaluated")
    return [1, 2]
log.clear()
ge2 = (x for x in outer())
print(log)
try:
    (1 / x for x in [0])
    print("no error until iterated")
    sum(1 / x for x in [0])
except ZeroDivisionError:
    print("ZeroDivisionError on iteration")
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), any(x > 3 for x in range(10**9)))
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs), "".join(c.upper() for c in "abc"), tuple(i for i in range(3)))
def first_match(pred, it):
    return next((x for x in it if pred(x)), None)
print(first_match(lambda v: v > 5, iter(range(100))), first_match(lambda v: v > 500, range(10)))
