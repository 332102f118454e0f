# Unpacking in assignments, loops, calls and displays.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
for index, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
    print(index, name, score)
i = j = k = 0
i += 1
print(i, j, k)
data = {"x": 1}
data["y"], data["z"] = 2, 3
obj = type("Obj", (), {})()
obj.a, obj.b = "A", "B"
print(data, obj.a, obj.b)
lst = [0, 0, 0]
lst[0], lst[2] = lst[2] + 5, 9
print(lst)


def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)


nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
show(*nums, *"ab", 0, **opts, flag=True)
print(*nums, **opts)
print()
print([*nums, *nums], (*nums,), {*nums, 4} == {1, 2, 3, 4}, {**opts, "end": "."})
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
m, n = divmod(17, 5)
print(m, n)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
print(list(zip(*[(1, "a"), (2, "b")])))
