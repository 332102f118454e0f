# Slice assignment and deletion, including extended slices and length changes.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[-2:] = []
print(a)
del a[::3]
print(a)
a[:] = "abc"
print(a)
a[len(a):] = [1, 2]
print(a)
a[::-1] = range(5)
print(a)
b = [1, 2, 3]
b[5:10] = [9]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = bytearray(b"hello")
c[1:4] = b"ipp"
print(c)
