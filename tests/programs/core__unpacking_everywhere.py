# Unpacking in assignments, for loops, calls, literals, nested targets and starred targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
first, *middle, last = range(6)
*init, tail = "abc"
head, *_ = [9]
print(x, y, z, first, middle, last, init, tail, head, _)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}), f(*"ab", 0, *range(2)))
print([*range(3), *"xy"], (*[1], 2), {*[1, 1], 2} == {1, 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
[m, n] = "mn"
o, = [7]
print(m, n, o)
p = q = [0]
print(p is q)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
for bad in ["a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
