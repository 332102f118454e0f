# Closures capture variables, not values; nonlocal rebinds the enclosing one.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


inc, peek = make_counter(10)
print(inc(), inc(), inc(5), peek())
inc2, peek2 = make_counter()
print(inc2(), peek(), peek2())


def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda x: x + n)
    return adders


print([add(10) for add in make_adders()])


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


double_then_inc = compose(lambda x: x + 1, lambda x: x * 2)
print(double_then_inc(5), compose()(7))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed before call"
    return middle()()


print(outer())


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))
print(fib.__name__, make_counter.__name__, (lambda: 0).__name__)
