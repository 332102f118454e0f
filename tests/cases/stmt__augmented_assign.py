# Augmented assignment to names, attributes and subscripts.
n = 10
n += 5
n -= 1
s = "ab"
s *= 2
class C:
    total = 0
C.total += 3
lst = [1, 2, 3]
lst[0] += 100
lst[1:2] += [9]
d = {"k": 1}
d["k"] <<= 4
lst += [4]
print(n, s, C.total, lst, d)
