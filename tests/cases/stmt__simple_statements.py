# pass, del, assert, return, break, continue, and several statements on one line.
x = [1, 2, 3]; y = 4; z = 5
del x[0], y
del (z)
assert x, "x must be non-empty"
assert len(x) == 2
def nothing(): pass
def give(): return
def pair(): return 1, 2
def star(): return *x, 0
for i in range(3):
    if i == 0: continue
    if i == 2: break
    pass
while True: break
if x: pass
print(x, nothing(), give(), pair(), star())
