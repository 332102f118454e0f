# Positional-only parameters (/), mixing with keywords and **kwargs that reuse the name.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g(0))
def h(a, b=5, /):
    return a * b
print(h(2), h(2, 3))
for call in [lambda: f(a=1, b=2, c=3, d=4), lambda: h(a=1), lambda: f(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
