# Unpacking targets: tuples, lists, nested, starred, with and without parentheses.
a, b = 1, 2
(c, d) = [3, 4]
[e, f] = 5, 6
g, = [7]
(h,) = (8,)
first, *rest = range(5)
*init, last = "abc"
x, *mid, y = 1, 2, 3, 4
[p, *q] = (9,)
(m, (n, o)), s = (1, (2, 3)), 4
[[t]] = [[5]]
for k, (u, *v) in [(0, (1, 2, 3))]:
    pass
i, j = j, i = 1, 2
print(a, b, c, d, e, f, g, h, first, rest, init, last, x, mid, y, p, q, m, n, o, s, t, k, u, v, i, j)
