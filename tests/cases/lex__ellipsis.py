# The ellipsis literal in expressions, subscripts and bodies.
def todo(): ...
class Stub:
    ...
x = ...
y = [..., ...]
z = x is Ellipsis
class Grid:
    def __getitem__(self, key): return key
print(Grid()[..., 0], Grid()[1:..., ...], x, y, z)
