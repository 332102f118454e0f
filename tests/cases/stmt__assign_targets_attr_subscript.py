# Attribute, subscript and slice targets, including in unpacking and augmented assignment.
class Box:
    pass
box = Box()
box.value = 1
box.inner = Box()
box.inner.deep = [0, 0, 0]
box.inner.deep[1] = "middle"
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][:] = [1, 1, 1]
grid[2][::2] = ["a", "b"]
d = {}
d["a"], d["b"] = 1, 2
d[1, 2] = "tuple key"
box.value, grid[0][0] = grid[0][0], box.value
box.value += 10
grid[1][2] *= 2
d["a"] -= 1
(box).value = (box.value)
print(box.value, box.inner.deep, grid, d)
