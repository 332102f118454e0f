# while/else and for/else: else runs only when the loop was not broken.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target} at {i}")
            break
    else:
        print(f"  {target} not found")


find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
print("after break, n =", n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
count = 0
for x in range(20):
    if x % 2:
        continue
    if x > 12:
        break
    count += x
print("sum of even numbers up to 12:", count)
for _ in []:
    print("never")
else:
    print("empty loop still runs else")
i = 10
while i:
    i //= 2
    print(i, end=" ")
print()
for ch in "abc":
    pass
print("loop variable survives:", ch)
