# yield and yield from as statements and expressions, bare and with values.
def gen():
    yield
    yield 1
    yield 1, 2
    yield from range(2)
    x = yield
    y = yield x
    z = yield from gen2()
    print((yield), (yield 5), [(yield)])
    w = yield 1,
    yield -x if x else (yield)
    await_like = (yield from gen2())
    return z
def gen2():
    yield "inner"
    return "ret"
def delegate():
    result = yield from (x for x in [])
    return (yield result)
print(list(gen2()), list(delegate()))
