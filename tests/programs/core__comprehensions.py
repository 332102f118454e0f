# List, set, dict and generator comprehensions with several for/if clauses.
print([x * x for x in range(10) if x % 2])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(4)] for i in range(3)])
print(sorted({c for c in "mississippi"}))
print({w: len(w) for w in ["ab", "cde", "f"] if len(w) > 1})
print(sum(x for x in range(100) if x % 3 == 0 if x % 5 == 0))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in matrix for y in x if y != 4])
gen = (n * 2 for n in range(4))
print(next(gen), next(gen), list(gen), list(gen))
x = "outer"
print([x for x in "ab"], x)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
print([v if v > 0 else -v for v in [-2, 3, -4]])
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print([(a, b) for a, b in zip("xyz", range(3)) if b != 1])
print({k: v for k, v in enumerate("abc")}, [*range(3), *"hi"])
print(max(len(w) for w in "one three fifteen".split()))
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
