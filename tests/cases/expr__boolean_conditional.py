# and/or/not and conditional expressions, nested and short-circuiting.
a, b = 0, 5
print(a and b, a or b, not a, not not b, a or b and 0, (a or b) and 0)
print(b if a else "else", "then" if b else "else", 1 if a else 2 if b else 3)
print((1 if a else 2) if b else 3, [x if x else -1 for x in (0, 1)])
print(a is None or b > 1 and not a, a == 0 and b == 5 or False)
print(lambda: 1 if a else 2, (lambda: 1) if a else (lambda: 2))
