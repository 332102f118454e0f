# Comprehension scopes: loop variables do not leak, the first iterable is evaluated outside, class bodies.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
class K:
    base = [1, 2]
    doubled = [v * 2 for v in base]
    try:
        broken = [v + base[0] for v in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
funcs = {n: (lambda: n) for n in range(3)}
print([f() for f in funcs.values()])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print({k: [i for i in range(k)] for k in range(3)}, sorted({c.upper() for c in "hello"}))
