# The n-body shapes the VM runs as one instruction each (`x = a[0] - b[0]`, `m = a[6] * k`,
# `a[3] -= x * k`, `for a, b in pairs`): every kind of operand (ints, floats, their mixes,
# bools, big ints, strs, subclasses of list, float and tuple, dicts), negative indexes and
# the errors raised inside them, checked with the line they point at.


def where(e):
    """The exception's type, message and the lines of its traceback entries."""
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(str(tb.tb_lineno))
        tb = tb.tb_next
    return f"{type(e).__name__}: {e} (lines {' '.join(lines)})"


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1000)


class PlainList(list):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


def pair(b, c):
    dx = b[0] - c[0]
    dy = b[1] * c[-1]
    dz = b[-2] / c[1]
    return dx, dy, dz


def pair_pow(b, c):
    r = b[0] ** c[0]
    return r


def one(b, k):
    m = b[2] * k
    n = b[-1] - k
    return m, n


def update(b, x, k):
    b[3] -= x * k
    b[-1] += x * k
    return b


def update_div(b, x, k):
    b[0] /= x * k
    return b


def drift(b, dt):
    b[0] += dt * b[3]
    b[-3] -= dt / b[-1]
    return b


def norm2(x, y, z):
    d2 = x * x + y * y + z * z
    return d2


def dot(a, b, c, d):
    return a * b - c // d


def unpack(pairs):
    out = []
    for p, q in pairs:
        out.append((p, q))
    return out


def unpack_same(pairs):
    for p, p in pairs:
        pass
    return p


def unbound_pair(flag):
    if flag:
        b = [1.0, 2.0]
    dx = b[0] - b[1]
    return dx


def unbound_update(flag, x):
    if flag:
        b = [1.0, 2.0, 3.0, 4.0]
    b[3] -= x * x
    return b


def unbound_operand(flag):
    b = [1.0, 2.0, 3.0, 4.0]
    if flag:
        x = 2.0
    b[3] -= x * x
    return b


def try_(f, *args):
    try:
        print(" ", f(*args))
    except Exception as e:
        print(" ", where(e))


print("pairs of items")
try_(pair, [1.5, 2.0, 3.0], [0.5, 4.0, 8.0])
try_(pair, [1, 2, 3], [4, 5, 6])
try_(pair, [1, 2.5, 3], [4.0, 5, 6])
try_(pair, [True, False, 3], [True, 2, 5])
try_(pair, [10**20, 3, 4], [1, 2, 10**19])
try_(pair, [2**62, 2**62, 2**62], [-(2**62), 2, 4])
try_(pair, [-(2**63), 1, 1], [1, 1, 1])
try_(pair, (1.0, 2.0, 3.0), (0.25, 2.0, 4.0))
try_(pair, MyTuple((1.0, 2.0, 3.0)), (0.25, 2.0, 4.0))
try_(pair, PlainList([1.0, 2.0, 3.0]), [0.25, 2.0, 4.0])
try_(pair, MyList([1.0, 2.0, 3.0]), [0.25, 2.0, 4.0])
try_(pair, [MyFloat(1.5), 2.0, 3.0], [0.5, 2.0, 4.0])
try_(pair, [1.5, 2.0, 3.0], [MyFloat(0.5), 2.0, 4.0])
try_(pair, {0: 1.0, 1: 2.0, -2: 3.0}, {0: 1.0, 1: 2.0, -1: 3.0})
try_(pair, ["ab", "cd", "ef"], ["x", "y", "z"])
try_(pair, [1.0, 2.0, 3.0], [1.0, 0.0, 4.0])
try_(pair, [1.0, 2.0, 3], [1.0, 0, 4.0])
try_(pair, [1.0], [1.0, 2.0, 3.0])
try_(pair, [1.0, 2.0, 3.0], [])
try_(pair, [1.0, 2.0, 3.0], None)
try_(pair, [1.0, 2.0, 3.0], [1.0, "x", 2.0])
try_(pair, [float("inf"), 2.0, 3.0], [float("inf"), 2.0, 4.0])
try_(pair, [float("nan"), 1e308, 1e308], [0.0, 1e-308, 1e-308])
try_(pair_pow, [2.0], [0.5])
try_(pair_pow, [-8.0], [3.0])
try_(pair_pow, [-8.0], [2])
try_(pair_pow, [0.0], [-1.0])
try_(pair_pow, [0], [-1])
try_(pair_pow, [2], [-1])
try_(pair_pow, [10.0], [400.0])
try_(pair_pow, [3], [40])
try_(pair_pow, [float("inf")], [0.5])
try_(unbound_pair, True)
try_(unbound_pair, False)

print("an item and a local")
try_(one, [1.0, 2.0, 3.0], 0.5)
try_(one, [1, 2, 3], 2)
try_(one, [1, 2, 3], 2.5)
try_(one, [1, 2, True], True)
try_(one, [1, 2, 2**62], 4)
try_(one, (1, 2, 10**30), 4)
try_(one, MyList([1, 2, 3]), 4)
try_(one, [1, 2, MyFloat(3.0)], 4.0)
try_(one, [1, 2, 3.0], MyFloat(4.0))
try_(one, ["a", "b", "c"], 3)
try_(one, ["a", "b", "c"], "d")
try_(one, [1, 2], 3)
try_(one, {2: 1.0, -1: 2.0}, 3)

print("an item updated in place")
try_(update, [1.0, 2.0, 3.0, 4.0, 5.0], 0.5, 2.0)
try_(update, [1, 2, 3, 4, 5], 3, 2)
try_(update, [1, 2, 3, 4.5, 5], 3, 2)
try_(update, [1, 2, 3, 4, 5], 3, 2.5)
try_(update, [1, 2, 3, True, False], True, True)
try_(update, [1, 2, 3, -(2**63) + 1, 2**63 - 2], 1, 2)
try_(update, [1, 2, 3, 4, 5], 2**40, 2**40)
try_(update, [1, 2, 3, 10**20, 5], 1, 1)
try_(update, MyList([1, 2, 3, 4, 5]), 1, 1)
try_(update, PlainList([1, 2, 3, 4, 5]), 1, 1)
try_(update, [1, 2, 3, MyFloat(4.0), 5.0], 1.0, 1.0)
try_(update, [1, 2, 3, 4.0, 5.0], MyFloat(1.0), 1.0)
try_(update, {3: 1.0, -1: 2.0}, 1.0, 2.0)
try_(update, ["a", "b", "c", "d", "e"], "x", 2)
try_(update, [[1], [2], [3], [4], [5]], [6], 2)
try_(update, (1.0, 2.0, 3.0, 4.0, 5.0), 1.0, 1.0)
try_(update, [1.0, 2.0], 1.0, 1.0)
try_(update, [1.0, 2.0, 3.0, None, 5.0], 1.0, 1.0)
try_(update, [1.0, 2.0, 3.0, 4.0, 5.0], 1.0, "k")
try_(update, [1.0, 2.0, 3.0, 4.0, 5.0], float("inf"), 0.0)
try_(update_div, [1.0], 1.0, 0.0)
try_(update_div, [1], 2, 0)
try_(update_div, [7], 2, 1)
try_(update_div, [7.0], 2, 1)
try_(unbound_update, True, 2.0)
try_(unbound_update, False, 2.0)
try_(unbound_operand, True)
try_(unbound_operand, False)

print("an item updated from another")
try_(drift, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 0.5)
try_(drift, [1, 2, 3, 4, 5, 6], 2)
try_(drift, [1, 2, 3, 4, 5, 6.0], 2)
try_(drift, [1, 2, 3, 2**62, 5, 6], 4)
try_(drift, [10**20, 2, 3, 4, 5, 6], 1)
try_(drift, [True, 2, 3, True, 5, 6], True)
try_(drift, MyList([1, 2, 3, 4, 5, 6]), 1)
try_(drift, PlainList([1, 2, 3, 4, 5, 6]), 1)
try_(drift, [MyFloat(1.0), 2, 3, 4, 5, 6], 1)
try_(drift, ["a", 2, 3, "b", 5, 6], 2)
try_(drift, [1.0, 2.0, 3.0, 4.0], 1.0)
try_(drift, [1.0, 2.0, 3.0, 4.0, 5.0, 0.0], 1.0)
try_(drift, [1.0, 2.0, 3.0, 4.0, 5.0, 0], 1)
try_(drift, (1.0, 2.0, 3.0, 4.0, 5.0, 6.0), 1.0)
try_(drift, {0: 1, 3: 2, -3: 3, -1: 4}, 1)
try_(drift, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], None)

print("sums of products")
try_(norm2, 1.5, 2.0, 3.0)
try_(norm2, 1, 2, 3)
try_(norm2, 1, 2.5, True)
try_(norm2, 2**32, 2**32, 1)
try_(norm2, 10**20, 1, 1)
try_(norm2, "a", 2, 3)
try_(norm2, 1.0, None, 3)
try_(norm2, 1e200, 1e200, 1.0)
try_(dot, 3, 4, 7, 2)
try_(dot, 3.5, 4, 7, 2.0)
try_(dot, 3, 4, 7, 0)
try_(dot, 3, 4, 7.0, 0.0)
try_(dot, "ab", 3, 7, 2)
try_(dot, 2**40, 2**40, -7, 2)

print("pairs unpacked")
try_(unpack, [(1, 2), (3.0, 4.0), ("a", [5])])
try_(unpack, [[1, 2], "ab", (3, 4), range(2), {7: 0, 8: 0}])
try_(unpack, [MyTuple((1, 2)), (3, 4)])
try_(unpack, [(1, 2), (3, 4, 5)])
try_(unpack, [(1, 2), (3,)])
try_(unpack, [(1, 2), ()])
try_(unpack, [(1, 2), 7])
try_(unpack, [(1, 2), "abc"])
try_(unpack_same, [(1, 2), (3, 4)])
try_(unpack_same, [])


def nbody_step(pairs, dt):
    for b, c in pairs:
        dx = b[0] - c[0]
        d2 = dx * dx
        mag = dt / (d2 * d2 ** 0.5)
        bm = b[1] * mag
        cm = c[1] * mag
        b[2] -= dx * cm
        c[2] += dx * bm
    return [p[2] for p, _ in pairs]


bodies = [[0.0, 5.0, 0.0], [1.0, 1.0, 0.5], [3, 2, -1]]
print("n-body step", nbody_step([(bodies[0], bodies[1]), (bodies[1], bodies[2])], 0.01))
print(bodies)
