# Comprehensions: list/set/dict/generator, several for and if clauses, nesting, unpacking targets.
m = [[1, 2, 3], [4, 5, 6]]
print([x for row in m for x in row])
print([x for row in m if row[0] > 1 for x in row if x % 2 if x > 4])
print([[row[i] for row in m] for i in range(3)])
print({x % 3 for x in range(10)}, {k: v for k, v in [("a", 1), ("b", 2)]})
print({(i, j): i * j for i in range(2) for j in range(2) if i <= j})
print(list((x, y) for x in "ab" for y in (1, 2)))
print([(a, b, rest) for a, (b, *rest) in [(1, (2, 3, 4))]])
print([y for x in [[1], [2, 3]] for y in x if (z := y) > 1], [lambda: x for x in range(2)][0]())
print([x for x in range(3) if x if x > 1], [x + 1 for x in [-1] if not x])
