# Slicing with steps, negative indices and out-of-range bounds on list, str, tuple, range.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[8:2:-2], a[-3:], a[:-3], a[-100:100], a[5:2], a[2:5:-1])
print(a[None:None:None], a[slice(1, 8, 3)], a[slice(None, None, -4)], slice(1, 2, 3), slice(5).stop)
s = "abcdefgh"
print(s[::2], s[::-1], s[-2::-2], s[100:], s[1:-1], s[3:3] == "", (1, 2, 3, 4)[::-2], range(10)[2::3], range(10)[::-1][1])
print(slice(None, None, -1).indices(5), slice(1, -1, 2).indices(10), slice(-100, 100).indices(4))
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
