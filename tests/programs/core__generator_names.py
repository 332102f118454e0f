"""A generator's __name__/__qualname__ are its function's when it was made, also after reassignment."""
def gen():
    yield 1
def outer():
    def inner():
        yield 2
    return inner
g = gen(); print(g.__name__, g.__qualname__)
i = outer()(); print(i.__name__, i.__qualname__)
gen.__name__ = "renamed.x"; g2 = gen(); print(g2.__name__, g2.__qualname__, g.__name__)
gen.__qualname__ = "Q.gen"; g3 = gen(); print(g3.__name__, g3.__qualname__)
gen.__name__ = "gen"; g4 = gen(); print(g4.__name__, g4.__qualname__)
async def co(): pass
c = co(); print(c.__name__, c.__qualname__); c.close()
print((x for x in []).__name__, (x for x in []).__qualname__)
