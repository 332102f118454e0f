# The instruction sequences the VM fuses into superinstructions (locals and constants into
# binary operators and subscripts, compare-and-jump, `a[k] op= v`), run on every kind of
# operand, with errors raised inside them (checked with the line they point at) and jumps
# into the middle of them.


def where(e):
    """The exception's type, message and the lines of its traceback entries."""
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(str(tb.tb_lineno))
        tb = tb.tb_next
    return f"{type(e).__name__}: {e} (lines {' '.join(lines)})"


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Box.Truth(self.v < other.v)

    def __gt__(self, other):
        return NotImplemented

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __repr__(self):
        return f"Box({self.v!r})"

    class Truth:
        def __init__(self, b):
            self.b = b

        def __bool__(self):
            if self.b is None:
                raise ValueError("no truth")
            return self.b


class Seq:
    def __init__(self):
        self.items = {}

    def __getitem__(self, k):
        return self.items.get(k, 0)

    def __setitem__(self, k, v):
        self.items[k] = v


def const_index(b):
    first = b[0]
    last = b[-1]
    return first, last


print("const index")
for obj in ([1, 2, 3], (4.5, 5.5), "xyz", {0: "zero", -1: "minus"}, range(3, 9)):
    print(type(obj).__name__, const_index(obj))
for obj in ([], (), {}, 7):
    try:
        const_index(obj)
    except Exception as e:
        print(where(e))


def out_of_range(b):
    x = b[1]
    y = b[-3]
    return x, y


for obj in ([1, 2], [1, 2, 3], (1,)):
    try:
        print(out_of_range(obj))
    except IndexError as e:
        print(where(e))


def local_index(b, i):
    return b[i]


print(local_index([10, 20, 30], 2), local_index([10, 20, 30], -3), local_index("abc", 1))
print(local_index({"k": 1}, "k"), local_index((1, 2), True), local_index([5, 6, 7], slice(1, None)))
for args in (([1], 5), ({}, "missing"), ([1], "0"), (None, 0)):
    try:
        local_index(*args)
    except Exception as e:
        print(where(e))


def arith(a, b):
    s = a + b
    d = a - b
    p = a * b
    return s, d, p, a < b, a == b


print("arith")
for a, b in ((3, 4), (2.5, 4), (1, 0.5), (2**62, 2**62), (-(2**63), 1), ("ab", "cd"), ([1], [2])):
    try:
        print(arith(a, b))
    except TypeError as e:
        print(where(e))


def divide(a, b):
    q = a / b
    f = a // b
    m = a % b
    return q, f, m


for a, b in ((7, 2), (-7, 2), (7.5, -2), (2**70, 3), (1, 0), (1.0, 0.0), (5, 0.0)):
    try:
        print(divide(a, b))
    except ZeroDivisionError as e:
        print(where(e))


def with_consts(x):
    a = x * 3
    b = x - 1.5
    c = x ** 2
    d = x // 2
    e = x % 7
    f = x >> 1
    return a, b, c, d, e, f


for x in (10, -9, 2**62, 2.0):
    try:
        print(with_consts(x))
    except TypeError as e:
        print(where(e))


def power_errors(x):
    r = x ** 0.5
    s = x ** -1
    return r, s


for x in (4, 4.0, 0):
    try:
        print(power_errors(x))
    except ZeroDivisionError as e:
        print(where(e))


def inplace_locals(acc, x):
    acc += x
    acc *= 2
    acc -= x
    return acc


print("inplace")
def extend_locals(acc, x):
    acc += x
    acc += x
    return acc


print(inplace_locals(1, 2), inplace_locals(1.5, 2), inplace_locals(2**62, 2**62))
shared = [1]
alias = shared
print(extend_locals(shared, [2]), shared is alias, alias, extend_locals("a", "b"))
try:
    inplace_locals("a", "b")
except TypeError as e:
    print(where(e))


def item_inplace(b):
    b[0] += 1
    b[1] -= 2.5
    b[-1] *= 3
    return b


print("item inplace")
print(item_inplace([1, 10.0, "x"]))
print(item_inplace([2**63 - 1, 0, [1]]))
d = {0: 5, 1: 6, -1: 7}
print(item_inplace(d))
s = Seq()
item_inplace(s)
print(s.items)
for obj in ([1, 2], (1, 2, 3), [1, "a", 2], ["a", 1, 1]):
    try:
        item_inplace(obj)
    except Exception as e:
        print(where(e), obj)


def accumulate(points):
    total = [0.0, 0.0]
    for p in points:
        total[0] += p[0]
        total[1] += p[1]
    return total


print(accumulate([(1.0, 2.0), (3, 4), (0.5, -1)]))
grid = [[0] * 3 for _ in range(2)]
for row in grid:
    row[1] += 5
print(grid)


def countdown(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps


print("compare and jump")
print(countdown(27), countdown(2**64 + 1))
try:
    countdown(6.0)
except TypeError as e:
    print(where(e))


def compare_kinds(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a >= b:
        out.append("ge")
    if not a == b:
        out.append("ne")
    return out


for a, b in ((1, 2), (2.0, 1), (1, 1.0), ("b", "a"), ((1, 2), (1, 3)), (2**70, 2**70 + 1), (None, None)):
    try:
        print(a, b, compare_kinds(a, b))
    except TypeError as e:
        print(where(e))


def box_order(x, y):
    if x < y:
        return "less"
    return "not less"


print(box_order(Box(1), Box(2)), box_order(Box(3), Box(2)))
for x, y in ((Box(None), Box(1)), (Box(1), 2)):
    try:
        print(box_order(x, y))
    except Exception as e:
        print(where(e))
try:
    print(box_order(1, Box(2)))
except TypeError as e:
    print(where(e))
a = Box(None)
a.v = None


def truth_fails(x, y):
    if x < y:
        return 1
    return 0


class Weird:
    def __lt__(self, other):
        return Box.Truth(None)


try:
    truth_fails(Weird(), 1)
except ValueError as e:
    print(where(e))


def chained(a, b, c):
    return a < b < c, a < b > c


print(chained(1, 2, 3), chained(1, 3, 2), chained(1.5, 1, 2))


def unbound_second():
    x = 1
    if x > 5:
        y = 2
    return (x +
            y)


def unbound_store_load():
    a = 1
    b = a
    if b > 5:
        c = 0
    d = b
    return (d,
            c)


def unbound_subscr():
    items = [1]
    if len(items) > 5:
        k = 0
    return (items
            [k])


print("unbound")
for fn in (unbound_second, unbound_store_load, unbound_subscr):
    try:
        fn()
    except UnboundLocalError as e:
        print(where(e))


def into_the_middle(flag, p, q):
    # Both arms of the conditional expression jump to the `LoadConst 0; Subscr` the other
    # arm's `LoadFast` is fused with.
    first = (p if flag else q)[0]
    if (p[1] if flag else q[1]) < 3:
        small = True
    else:
        small = False
    total = 0
    for x in (p if flag else q):
        total = total + (x if x > 1 else -x)
    return first, small, total


print("jumps into sequences")
print(into_the_middle(True, [5, 2, 9], [7, 8]))
print(into_the_middle(False, [5, 2, 9], [7, 8]))
print(into_the_middle(False, [5, 2, 9], (1.5, 0.5, -3)))


def loop_back_to_second(n):
    # The loop's back edge lands on `LoadConst 0`, the second half of the `n > 0` test the
    # entry's `LoadFast n` starts.
    i = 0
    while True:
        if n > 0:
            n -= 1
            i += 2
            continue
        break
    return i


print(loop_back_to_second(5), loop_back_to_second(0))


def caught_inside_loop(rows):
    seen = 0
    for r in rows:
        try:
            seen += r[2]
        except IndexError:
            seen -= 1
        except TypeError as e:
            print("  ", where(e))
    return seen


print("caught inside")
print(caught_inside_loop([[1, 2, 3], [1], (4, 5, 6), "abc", [0, 0, 10]]))


def gen_sum(values):
    acc = 0
    for v in values:
        acc = acc + v
        got = yield acc
        if got is not None:
            acc = acc * got
    return acc


g = gen_sum([1, 2, 3])
print(next(g), g.send(10), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def fail_in_store(t):
    t[0] += 1


try:
    fail_in_store((1, 2))
except TypeError as e:
    print(where(e))


def bigint_item():
    b = [2**63 - 1, -(2**63)]
    b[0] += 1
    b[1] -= 1
    n = b[0] * b[0]
    return b, n


print(bigint_item())


def const_forms(x):
    y = x + 1
    z = x * 2
    if x < 10:
        y = y - 100
    while x != 0:
        return y, z
    return None


print("local and constant")
for x in (1, 2.5, 2**63 - 1, 20, 0, [7], "s", Box(3), Weird()):
    try:
        print(const_forms(x))
    except Exception as e:
        print(where(e))


def below_ten(x):
    if x < 10:
        return "below"
    return "not below"


for x in (3, 30, 9.5, 2**70, -(2**70), True, Box(3), Weird(), "s"):
    try:
        print(below_ten(x))
    except Exception as e:
        print(where(e))


def const_first(n):
    m = 3 * n + 1
    k = 2 ** n
    return m, k


def const_first_unbound(flag):
    if flag:
        n = 1
    return (3 *
            n)


print("constant first")
for n in (5, 2.5, 70, -1, "ab", [1], None):
    try:
        print(const_first(n))
    except TypeError as e:
        print(where(e))
try:
    print(const_first_unbound(True))
    const_first_unbound(False)
except UnboundLocalError as e:
    print(where(e))
