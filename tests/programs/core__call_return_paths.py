# Calls, returns and generator resumes through the dispatch loop's fast paths: pooled frames
# reused by other functions, handled exceptions carried across yields, the recursion limit.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


# Recursion to the limit and back: the error is caught, then calls work as before.
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print("after limit", depth(50))


def gen_in_recursion(n, gen):
    # Each level resumes the same generator once, then recurses: frames of both kinds
    # alternate on the frame stack and in the pool.
    got = next(gen, None)
    if got is None:
        return [n]
    return [got] + gen_in_recursion(n + 1, gen)


print("nested resumes:", gen_in_recursion(0, iter(range(5))), gen_in_recursion(0, (x * x for x in range(4))))


# A frame pooled after a closure's run is reused by a plain function: no cell leaks through.
def make_adder(k):
    def add(x):
        return x + k
    return add


def plain(a, b):
    c = a * b
    return c


add5 = make_adder(5)
print(add5(1), plain(3, 4), add5(2), plain(5, 6))
print((lambda x, y: x - y)(10, 3))


# Methods: an instance dict entry shadows a method of the same name for that instance only.
class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w

    def grow(self, by):
        self.w += by
        return self


s = Shape(3)
t = Shape(4)
print(s.area(), t.grow(1).area())
s.area = lambda: "shadowed"
print(s.area(), t.area(), Shape.area(s))
del s.area
print(s.area())


# A generator keeps its own handled exception across yields; the resumer's comes back.
def context_of(make):
    try:
        make()
    except Exception as e:
        return repr(e.__context__)


def inside_except():
    try:
        raise KeyError("inner")
    except KeyError:
        yield context_of(lambda: 1 / 0)
        yield context_of(lambda: [][1])
        raise


gen = inside_except()
print(next(gen))
try:
    raise ValueError("outer")
except ValueError:
    print(next(gen), context_of(lambda: {}["k"]))
try:
    next(gen)
except KeyError as e:
    print("re-raised inside:", repr(e), repr(e.__context__))
print("outside:", context_of(lambda: int("x")))


def plain_gen():
    yield context_of(lambda: 1 / 0)
    yield context_of(lambda: 1 / 0)


pg = plain_gen()
try:
    raise TypeError("resumer")
except TypeError:
    print("resumer's seen inside:", next(pg))
print("outside:", next(pg))


# A generator resumed after an exception raised and caught inside it.
def recovering():
    for i in range(3):
        try:
            if i == 1:
                raise ZeroDivisionError("one")
            yield i
        except ZeroDivisionError as e:
            yield "caught " + str(e)


print(list(recovering()))
for v in recovering():
    print("for:", v)


# An exception escaping a generator ends it; the next resume finds it finished.
def failing():
    yield 1
    raise IndexError("boom")


fg = failing()
print(next(fg))
try:
    next(fg)
except IndexError as e:
    print("escaped:", e)
print("then:", next(fg, "exhausted"))


# yield from through pooled frames, with send and a return value.
def inner_acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def outer_acc():
    result = yield from inner_acc()
    yield "result " + str(result)


oa = outer_acc()
next(oa)
print(oa.send(3), oa.send(4), oa.send(None))
