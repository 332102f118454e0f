# collections.deque: both ends, maxlen, rotate, indexing, repr, comparisons, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d, d.count(2), d.index(2), 2 in d, 99 in d)
d[1] = "x"
del d[0]
print(d, d.index("a", 2), bool(d), bool(deque()))
d.insert(1, "ins")
d.remove("x")
d.reverse()
print(d, d.copy(), d == d.copy(), d is not d.copy())

m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
m.extendleft([100])
print(m, deque(range(10), 4), deque([], 0), deque(maxlen=None).maxlen)
z = deque([1], maxlen=0)
z.append(2)
print(z)

print(deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1]), deque([1]) == [1], deque("ab") + deque("cd"))
e = deque([1, 2])
e += [3]
e *= 2
print(e, deque([0]) * 3, 2 * deque("ab"))
e.clear()
print(e, len(e))
r = deque()
r.append(r)
print(r)

# A queue drained from the left as it grows on the right.
q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if len(q) > 10:
        total += q.popleft()
print(total, len(q), q[0], q[-1])
for i in range(50):
    q.appendleft(-i)
print(q[0], q[49], q[50], len(q), sum(q))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1])["a"], lambda: deque([1]).remove(2), lambda: deque([1]).index(3),
            lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: hash(deque()),
            lambda: deque() + [1]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
it = iter(d)
next(it)
d.append(1)
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
try:
    deque().maxlen = 3
except AttributeError as ex:
    print("AttributeError", ex)


class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x)


lg = Logged([1], maxlen=2)
lg.append(2)
lg.append(3)
lg.appendleft(0)
print(lg, type(lg).__name__, isinstance(lg, deque), len(lg), lg[-1])
for bad in [lambda: deque.append(1, 2), lambda: deque([1])[10 ** 30], lambda: deque().popleft(1)]:
    try:
        bad()
    except (TypeError, IndexError) as ex:
        print(type(ex).__name__, ex)
big = deque()
for i in range(100):
    big.appendleft(i)
for i in range(60):
    big.popleft()
print(len(big), big[0], big[-1], list(big)[:3], big.count(0))
