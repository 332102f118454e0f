# Starred expressions: in return values, for-loop iterables, subscripts, and nested unpacking targets.
def pair_and_rest(*items):
    first, *rest = items
    return first, *rest, "end"
print(pair_and_rest(1, 2, 3), pair_and_rest(0))
a = [1, 2]
for x in *a, 3:
    print(x, end=" ")
print()
t = *a, *"xy"
print(t, [*a, *a], {*a}, (*a,))
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
[[m, n], *others] = [[5, 6], 7, 8]
print(m, n, others)
for first, *middle, last in ["abcd", (1, 2), [3, 4, 5]]:
    print(first, middle, last)
print(*[1, 2], sep=",")
def kw(**k):
    return sorted(k)
print(kw(**{"b": 1}, **{"a": 2}))
