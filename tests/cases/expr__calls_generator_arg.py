# A bare generator expression as the only argument, and in parentheses otherwise.
print(sum(x * x for x in range(4)))
print(max(len(w) for w in ["a", "bcd"] if w))
print(list(c for c in "ab"))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print("".join(str(n) for n in range(5)))
print(any(x > 1 for x in [0, 2]), all(x for x in []))
print(dict((k, v) for k, v in [("a", 1)]))
print(tuple(x for x in range(3) for y in range(x)))
