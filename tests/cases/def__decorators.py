# Decorators: names, attributes, calls, stacked, on functions, async functions and classes.
import functools
def deco(f): return f
def factory(*args, **kwargs): return deco
class ns:
    deco = staticmethod(deco)
registry = [deco]
@deco
def plain(): pass
@factory(1, key="v")
@ns.deco
@functools.lru_cache(maxsize=None)
def stacked(x): return x
@registry[0]
def subscripted(): pass
@(lambda f: f)
def any_expression(): pass
@deco
async def coroutine(): pass
@deco
@factory()
class Decorated:
    @property
    def value(self): return 1
    @staticmethod
    def s(): pass
print(stacked(2), Decorated().value)
