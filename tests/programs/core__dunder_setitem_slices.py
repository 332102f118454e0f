# __getitem__/__setitem__/__delitem__ receive slice objects and tuples; negative indexes are the class's job.
class Log:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step, self.data[key])
        return ("index", key, self.data[key])
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
l = Log()
print(l[3], l[-1], l[2:5], l[::3], l[:2])
l[1:3] = ["a", "b", "c"]
l[0] = "zero"
del l[::4]
print(l.data)
class Matrix:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
    def __setitem__(self, key, v):
        print("matrix set", key, v)
m = Matrix()
m[1, 2] = 5
print(m[2, 3], m[0, 0])
