# functools: what wraps copies, lru_cache on methods and with typed=True.
import functools


def deco(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a)
    return inner


@deco
def documented(x):
    """Return x twice."""
    return 2 * x


documented.extra = 1
print(documented.__name__, documented(4))


def tagged():
    pass


tagged.tag = "t"
w = functools.update_wrapper(lambda: None, tagged)
print(w.__name__, w.tag, w.__wrapped__ is tagged)


class Calc:
    def __init__(self, k):
        self.k = k

    @functools.lru_cache(maxsize=8)
    def times(self, x):
        print("miss", self.k, x)
        return self.k * x


a, b = Calc(2), Calc(3)
print(a.times(5), a.times(5), b.times(5), Calc.times.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
hits, misses, maxsize, currsize = kind.cache_info()
print(hits, misses, maxsize, currsize, isinstance(kind.cache_info(), tuple), kind.cache_info()._fields)
