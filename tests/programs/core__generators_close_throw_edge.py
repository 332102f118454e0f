# Generator edge cases: close() runs finally, GeneratorExit, throw into unstarted generator, send to unstarted, states.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in generator")
it = g()
print(next(it))
it.close()
it.close()
print(next(it, "exhausted"))
it2 = g()
try:
    it2.throw(KeyError("early"))
except KeyError as e:
    print("KeyError from unstarted:", e)
try:
    g().send(5)
except TypeError as e:
    print("TypeError:", e)
def stubborn():
    try:
        yield 1
    finally:
        yield "no"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns():
    x = yield 1
    return x * 2
r = returns()
next(r)
try:
    r.send(21)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def bad_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def deleg():
    result = yield from returns()
    print("delegate got", result)
    yield result
d = deleg()
print(next(d), d.send(5))
print(type(g()).__name__, hasattr(g(), "__next__"), iter(it) is it)
