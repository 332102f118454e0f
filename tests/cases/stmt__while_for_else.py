# while/else, for/else, targets of for, nested loops with break and continue.
n = 0
while n < 3:
    n += 1
else:
    print("while done")
for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
for a, b in [(1, 2)]:
    pass
for (c, d), *e in [((1, 2), 3, 4)]:
    print(c, d, e)
for x in [] if False else ():
    pass
for i, in [(1,)]:
    continue
for x in 1, 2, 3:
    while x:
        x -= 1
        if x == 1:
            continue
print(n, i, x)
