# Operator precedence, lowest to highest, and where parentheses change it.
a, b, c = 2, 3, 4
r1 = a + b * c
r2 = (a + b) * c
r3 = -a ** 2
r4 = (-a) ** 2
r5 = a ** -1
r6 = a ** b ** 2
r7 = not a == b
r8 = a | b ^ c & a << 1 + b
r9 = a < b == (b < c)
r10 = lambda: a if b else c
r11 = a or b and c
r12 = not a or not b and c
r13 = a if b else c if a else b
r14 = ~a + -b * +c // a % b @ c if False else 0
r15 = a * b / c // a % b
r16 = a + b - c + a
r17 = a << b >> c
r18 = (a, b) == (a, b) and [a] != [b] is not None
r19 = a in [a] not in [[True]]
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10(), r11, r12, r13, r14, r15, r16, r17, r18, r19)
