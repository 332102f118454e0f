# functools.wraps copies __module__, __name__, __qualname__, __doc__ and __dict__, and sets
# __wrapped__; a wrapper defined in another module reports the wrapped function's module.
import functools
import json


def deco(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a)
    return inner


@deco
def documented(x):
    """Return x twice."""
    return 2 * x


print(documented.__doc__, documented.__name__, documented.__module__, documented(4))
print(json.dumps.__module__, json.dumps.__name__)
cached = functools.lru_cache(documented)
print(cached.__doc__, cached.__wrapped__ is documented, cached.__module__)
no_doc = functools.wraps(len)(lambda: None)
print(no_doc.__name__, no_doc.__wrapped__ is len)
