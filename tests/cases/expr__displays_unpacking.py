# Tuple, list, set and dict displays with * and ** unpacking and trailing commas.
a, b = [1, 2], (3, 4)
d1, d2 = {"x": 1}, {"y": 2}
print([*a, *b], [*a], [0, *a, 5, *b, 6], [*range(2), *"ab"])
print((*a, *b), (*a,), *a, 7)
print({*a, *b}, {*a}, {0, *b})
print({**d1, **d2}, {**d1}, {"w": 0, **d1, "z": 3, **d2})
print({**{"a": 1}, "a": 2}, dict(**d1, **d2))
t = *a, *b
u = *a,
print(t, u)
print([1, 2, 3,], (1, 2,), {1,}, {"k": "v",})
for x in *a, *b:
    print(x, end=" ")
print()
