# list methods and operators.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend((2, 6))
a.insert(0, 0)
a.insert(-1, 7)
a.insert(100, 8)
print(a, a.index(1), a.index(1, 3), a.count(1), a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, len(a), 4 in a, 10 not in a, a + [0], [0] * 3, 2 * [1, 2], [] * 5)
b = a.copy()
b.reverse()
print(b, a == b[::-1], a is not b, a < b, max(a), min(a), sum(a))
a.clear()
print(a, [[0] * 2] * 2, list("abc"), list(range(3)), list((1, 2)), list({"x": 1}))
c = [1, 2]
c += [3]
c *= 2
print(c, c[-1], c[len(c) - 1])
del c[0]
del c[::2]
print(c)
for bad in [lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1][5], lambda: [1, 2] + (3,)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
