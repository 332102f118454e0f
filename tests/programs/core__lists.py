# Lists: building, slicing, mutation, sorting, aliasing.
xs = [5, 3, 8, 1]
xs.append(7)
xs.extend([2, 9])
xs.insert(0, 6)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs)
xs.remove(8)
print(xs, xs.index(1), xs.count(3), 3 in xs)
print(sorted(xs), sorted(xs, reverse=True), xs)
xs.sort()
print(xs)
xs.reverse()
print(xs, xs[1:3], xs[::-1], xs[-2:], xs[:100])
ys = xs
ys.append(100)
zs = xs[:]
zs.append(-1)
print(xs is ys, xs == zs, xs, zs)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
del nums[::2]
print(nums)
nums[1:1] = [True, None]
print(nums, nums * 2 == nums + nums)
print([1, 2] + [3], [0] * 4, [1, [2, [3]]], list("abc"), list(range(3, 0, -1)))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs), max(pairs))
print(list(enumerate("xyz", start=1)), list(zip([1, 2, 3], "ab")))
print(any([0, 0, 1]), all([1, 2, 0]), sum([0.5, 1.5]), [] == [], [1, 2] < [1, 3])
stack = []
for c in "(()())":
    if c == "(":
        stack.append(c)
    else:
        stack.pop()
print("balanced:", not stack)
