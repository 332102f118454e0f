# functools: partial, reduce, wraps, lru_cache/cache, total_ordering, cmp_to_key.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(7), square(3, exp=3), square.args, square.keywords, square.func is power)
p2 = partial(power, 2)
p3 = partial(p2, 10, mod=1000)
print(p2(5), p3(), p3.func is power, p3.args, p3.keywords)
print(repr(partial(max, 1, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10),
      reduce(lambda a, b: a + [b], 'abc', []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__, add.__qualname__, add.__wrapped__(1, 1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)


@lru_cache
def ident(x, y=0):
    return (x, y)


ident(1)
ident(1)
ident(1, y=2)
ident(x=1)
print(ident.cache_info(), ident.__name__)


@cache
def slow_len(s):
    print("len of", s)
    return len(s)


print(slow_len("abc"), slow_len("abc"), slow_len.cache_info())


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), b >= a, sorted([b, a, Version(0, 9)]))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(max(words, key=cmp_to_key(by_length_then_alpha)))
