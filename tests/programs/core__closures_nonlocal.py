# Closures capture variables (not values); nonlocal rebinds; late binding in loops.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return middle(), x
print(outer())
def make_adders():
    return [(lambda v, k=k: v + k) for k in (1, 10)]
print([a(1) for a in make_adders()])
def cell_after():
    def read():
        return y
    y = 5
    return read()
print(cell_after(), inc.__closure__ is not None, len(get.__code__.co_freevars) if hasattr(get, "__code__") else 1)
def unbound():
    def read():
        return z
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    z = 1
unbound()
