# Module names and builtins seen through every way of changing them: a module body's names,
# globals read by functions defined earlier, builtins shadowed and unshadowed by assignment,
# `del`, `globals()`, `exec` and `global`, class bodies, code run in several namespaces.
# Each read comes after many earlier reads of the same name, so a stale cache would show.

def use_len(x):
    return len(x)


def use_later():
    return later


def total_len(items):
    t = 0
    for it in items:
        t += len(it)
    return t


words = ["a", "bb", "ccc"]
print("builtin len:", [use_len(w) for w in words], total_len(words))

# A module-level loop: every name is a module name, rebinding inside the loop.
a = 1
b = 2
acc = 0
for i in range(50):
    acc += a + b + i
    if i == 10:
        a = 100
    if i == 20:
        globals()["b"] = 1000
    if i == 30:
        del a
        a = -1
print("loop:", acc, a, b)

# A module global named like a builtin, defined after functions read the builtin.
for _ in range(20):
    use_len("xyz")
len = lambda x: "shadowed"
print("shadowed:", use_len("xyz"), total_len(["q"]) if False else len("q"))
del len
print("unshadowed:", use_len("xyz"), len("q"))

# A builtin read in a module-level loop that shadows and unshadows it.
seen = []
for i in range(8):
    seen.append(len("abc"))
    if i == 2:
        len = lambda s: 0
    if i == 4:
        del len
    if i == 5:
        globals()["len"] = lambda s: -5
print("module loop:", seen)
del len

# The same through globals().
for _ in range(20):
    use_len("ab")
globals()["len"] = lambda x: "via globals()"
print("globals():", use_len("ab"))
del globals()["len"]
print("deleted via globals():", use_len("ab"))
globals().update(len=lambda x: "via update")
print("update:", use_len("ab"))
print("pop:", globals().pop("len")("ab"), use_len("ab"))
globals().setdefault("len", lambda x: "via setdefault")
print("setdefault:", use_len("ab"))
globals().pop("len")

# Through exec in the module's own namespace, and `global` in a function.
exec("len = lambda x: 'via exec'")
print("exec:", use_len("ab"), len("ab"))
exec("del len")
print("exec del:", use_len("ab"))


def shadow_from_function():
    global len
    len = lambda x: "via global statement"


shadow_from_function()
print("global statement:", use_len("ab"))
del len
print("after del:", use_len("ab"))

# A function defined before its global exists.
for attempt in range(3):
    try:
        print("later:", use_later())
    except NameError as e:
        print("NameError:", e)
    if attempt == 0:
        later = "now defined"
    elif attempt == 1:
        del later

# Entries moving: deleting earlier globals shifts the later ones.
p1, p2, p3, p4 = "one", "two", "three", "four"


def read_p():
    return p1 + p2 + p3 + p4


print("before shifts:", read_p())
del p1
p1 = "ONE"
print("p1 re-added at the end:", read_p())
del p2, p3
p3 = "THREE"
p2 = "TWO"
print("p2, p3 re-added:", read_p())
del p4
globals()["p" + str(4)] = "FOUR"
print("equal key not the same string:", read_p(), p4)
for _ in range(5):
    p4 = p4 + "!"
print("stored over it:", p4, read_p())

# The same source run in several namespaces, interleaved.
code = "r = len(x)"
g1 = {"x": [1, 2]}
g2 = {"x": [1], "len": lambda v: 99}
g3 = {"x": "abcd"}
for ns in [g1, g2, g3, g1, g2, g3]:
    exec(code, ns)
    print("exec in", sorted(k for k in ns if k != "__builtins__"), "->", ns["r"])
g3["len"] = lambda v: -1
exec(code, g3)
print("g3 shadowed later:", g3["r"])
del g3["len"]
exec(code, g3)
print("g3 unshadowed:", g3["r"])

# exec with separate globals and locals: names go to the locals, reads fall back.
gl = {"y": 10}
lo = {}
exec("z = y + 1\nw = len([z, z])\nlen = 'local len'\nv = len", gl, lo)
print("separate dicts:", sorted(lo.items()), "len" in gl)

# Class bodies: names are the class namespace's, then the globals', then the builtins'.
k = "module k"


class K:
    before = len("abc")
    k_seen = k
    k = "class k"
    k_after = k
    len = lambda self: "class len"
    after = len(None)


print("class body:", K.before, K.k_seen, K.k_after, K.after, k, len("xy"))


class Shadow:
    for j in range(3):
        total = j
    n = len([total, j])


print("class loop:", Shadow.total, Shadow.j, Shadow.n)

# NameError messages after the caches were warm.
name_to_delete = 5
for _ in range(10):
    name_to_delete
del name_to_delete
try:
    name_to_delete
except NameError as e:
    print("NameError:", e)
try:
    del name_to_delete
except NameError as e:
    print("NameError:", e)


def read_deleted():
    return name_to_delete


try:
    read_deleted()
except NameError as e:
    print("NameError:", e)
print("done", sorted(n for n in globals() if n.startswith("p")))
