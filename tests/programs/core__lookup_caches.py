# The VM caches where a global and a class attribute were found; every change must show.

# Globals and builtins: shadow a builtin, remove the shadow, delete an earlier global
# (entries after it move), rebind through globals().
def use_len():
    return len([1, 2, 3])


def use_g():
    return g


results = []
g = "first"
for _ in range(3):
    results.append(use_len())
len = lambda x: -1
results.append(use_len())
del len
results.append(use_len())
early = 1
g = "second"
results.append(use_g())
del early
results.append(use_g())
globals()["g"] = "third"
results.append(use_g())
del g
try:
    use_g()
except NameError as e:
    results.append(str(e))
print(results)


# Class attributes: methods overridden, deleted and added along the MRO after use.
class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
seen = [b.f() for _ in range(3)]
B.f = lambda self: "B.f"
seen.append(b.f())
del B.f
seen.append(b.f())
A.f = lambda self: "new A.f"
seen.append(b.f())
seen.append(hasattr(b, "g"))
A.g = 5
seen.append(b.g)
setattr(A, "g", 6)
seen.append(b.g)
delattr(A, "g")
seen.append(hasattr(b, "g"))
b.f = lambda: "instance f"
seen.append(b.f())
print(seen)
