# Defaults (evaluated once), keyword arguments, keyword-only parameters and argument errors.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=6, d=7), f(c=0, a=9), f(b=1, a=2, c=3))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []), acc(4))
n = 10
def late(v=n):
    return v
n = 20
print(late(), f.__defaults__, f.__kwdefaults__, f.__name__)
def g(a, *, b):
    return a + b
for call in [lambda: g(1, 2), lambda: g(1), lambda: f(), lambda: g(1, b=2, c=3), lambda: g(1, a=2, b=3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
