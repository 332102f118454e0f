# Results that the native fast paths (sorting keys, tuple comparison, float and int powers,
# str indexing and slicing, small ranges, split, append) must give exactly as CPython.

nan = float("nan")
inf = float("inf")

# Sorting: tuples of ints, floats and strings; equal keys keep their order, reversed too.
pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "a"), (2, "z")]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([(1, 2.5), (1, 2), (1.0, 1), (0.5, 9)]))
print(sorted([[2, 1], [1, 5, 0], [1, 5], [], [1]]))
print(sorted(["b", "a", "B", "ab", "é", "e"]))
print(sorted([2 ** 70, 3, -2 ** 70, 2.5, 2 ** 53 + 1, 2.0 ** 53]))
print(sorted([(1, "x"), (0, 5)]))
try:
    sorted([(1, "x"), (1, 5)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(min([(2, "b"), (2, "a"), (1, "z")]), max([(2, "b"), (2, "a"), (1, "z")]))
print(min([[1, 2], [1, 1, 9]]), max(["kiwi", "apple", "pear"], key=len))

# NaN inside tuples (weft's floats have no identity, so only orders that do not depend
# on a NaN being the same object are shown).
print((1, nan) < (1, nan), (1, nan) < (2, nan), (1, 2) < (1, 2, 0), (1, 2) >= (1, 2))
print(sorted([(1, 5), (0, 9), (1, 2)]) == [(0, 9), (1, 2), (1, 5)], (nan, 2) < (nan, 1))

# Deeply nested tuples still compare (and the comparison does not crash).
a = b = ()
for i in range(200):
    a = (a, i)
    b = (b, i)
print(a == b, a < b, a <= b)

# Float and int powers.
print(2.0 ** 0.5, 10.0 ** -2, 1.5 ** 2, 2 ** 0.5, 4.0 ** 0.5, 0.25 ** 0.5)
print(inf ** 0.5, nan ** 0, nan ** 0.5, 1.0 ** nan, 0.0 ** 0.5, 0.0 ** 0)
print((-2.0) ** 2, (-2.0) ** 3, (-8.0) ** 1.0)
print(2 ** 62, 2 ** 63, 3 ** 40, (-3) ** 39, 7 ** 0, 0 ** 0, 2 ** -1, (-2) ** -2)
for expr in ["1e300 ** 2.0", "10.0 ** 400", "0.0 ** -1", "0 ** -1", "0.0 ** -0.5"]:
    try:
        print(eval(expr))
    except (OverflowError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
x = 1e-200
print(x ** 2, x ** 2.0)

# In-place operations on list items.
b = [1.5, 2, "s", [1]]
b[0] -= 0.25 * 2
b[1] **= 10
b[-2] += "t"
b[3] += [2]
b[1] //= 3
print(b)

# str indexing and slicing, ASCII and not.
s = "kaloni"
print(s[0], s[-1], s[2:4], s[::-1], s[1::2], s[4:2], s[-100:100], s[3:], len(s))
u = "κaλé€x"
print(u[0], u[1], u[-1], u[-2], u[2:4], u[::-1], u[::2], len(u), u[5])
for bad in [(s, 6), (s, -7), (u, 6), (u, -7)]:
    try:
        print(bad[0][bad[1]])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    print(s["1"])
except TypeError as e:
    print(type(e).__name__, e)
word = ""
for part in ["ka", "λo", "mi"]:
    word += part
print(word, word[2], word[3], word[-1], len(word), word.upper()[:3])

# Small ranges and their edges.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(-3)))
print(list(range(True, 4)), len(range(2 ** 62, 2 ** 63)), range(-2 ** 63, 2 ** 63 - 1)[-1])
for args in [(1, 2, 0), (1.5,), ("a", 2)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# split and append build exactly the lists they should.
text = " ".join(str(i) for i in range(1000))
parts = text.split()
print(len(parts), parts[:3], parts[-1], "a,b,,c".split(","), "  x  y ".split())
acc = []
for i in range(1000):
    acc.append(i * i)
print(len(acc), acc[-1], sum(acc))

# Strings around the inline size (14 bytes) and past it, ASCII and not: building, indexing,
# slicing, hashing (dict keys), comparing, joining.
grown = ""
for piece in ["abcdefg", "hijklmn", "o", "é", "xyz" * 5]:
    grown += piece
    print(len(grown), grown, grown[-1], grown[13:16], grown[::5], grown == "abcdefghijklmn")
keys = {}
for w in ["abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmn", "ééééééé", "éééééééé"]:
    keys[w] = keys.get(w, 0) + 1
print(keys, sorted(keys), "abcdefghijklmn" < "abcdefghijklmno")
print(", ".join(["x" * 13, "y" * 14, "z" * 15]), "".join(("a", "é")), "-".join([]))
for bad in [["a", 1], ("a", None)]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
long_u = "κ" * 20 + "abc"
print(long_u[19], long_u[20:], long_u[-3], len(long_u), long_u.upper()[:3], long_u.count("κ"))
print(f"{'é' * 7}|{'x' * 14}|{12345678901234567}")

# Sorting keys all of one kind (ints, floats, strings, int tuples) and kinds mixed.
print(sorted([0.0, -0.0, 1.5, -0.0, 0.0, -2.5]), sorted([0.0, -0.0, 3.0], reverse=True))
print(sorted([5, -1, 2 ** 62, -2 ** 63, 0, 5]), sorted([3, 1, 2], reverse=True))
print(sorted([3, 1.5, True, 2 ** 70, False, -1]))
print(sorted([1.0, nan, 0.5]), sorted([(1, nan), (0, nan)]))
print(sorted(["b", "a", "é", "ab"], reverse=True), sorted([(), (), ()]))
rows = [(2, 1, 9), (1, 2, 3), (2, 1, 0), (1, 2, 3, 4), (1, 2)]
print(sorted(rows), sorted(rows[:3], reverse=True), sorted([(1, 2), (1, 2.0), (0, 3)]))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: (r[1], r[0]), reverse=True))
print(sorted(range(10), key=lambda x: (x % 3, -x)), sorted([[3], [1, 2], [1]]))
