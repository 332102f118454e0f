# `s += t` / `s = s + t` may grow a string in place when nothing else holds it; every other
# holder (aliases, containers, dict keys, cells, globals, default arguments) must keep seeing
# the old value. Also dict counting and lookups through every path (get, [], in, setitem).


def aliases():
    s = ""
    for i in range(6):
        s += "ab"
    a = s
    s += "c"
    print(a, s, a is s, a == s[:-1])
    t = "x" * 20
    u = t
    t += "y"
    t += "z"
    print(u, t, len(u), len(t))
    w = "q"
    w = w + "rs"
    v = w
    w = w + "t"
    print(v, w)
    c = "k" * 3
    c += c
    c = c + c
    print(c)
    keep = []
    acc = "start"
    for piece in ["-a", "-b", "-c"]:
        acc += piece
        keep.append(acc)
    print(keep)
    parts = ("p", "q")
    first = parts[0]
    first += "!"
    print(parts, first)


def growth():
    # Crosses the short/long boundary, with and without non-ASCII text.
    s = ""
    seen = []
    for i in range(20):
        s += chr(97 + i)
        seen.append(len(s))
    print(s, seen[13], seen[14], seen[15])
    e = "é" * 6
    for _ in range(4):
        e = e + "é"
    print(e, len(e), e[9], e.isascii(), e.upper())
    m = "abc" * 5
    print(m.isascii(), len(m))
    m += "ü"
    print(m, m.isascii(), len(m), m[15], m[-2])
    m += "z"
    print(m[-3:], m.find("ü"), m.isascii())
    big = ""
    for i in range(2000):
        big += str(i % 10)
    print(len(big), big[:12], big[-5:], big.count("7"))
    t = "a"
    t += ""
    print(repr(t), len(t))


def keys_and_hashes():
    d = {}
    k = "ke"
    d[k] = 1
    k += "y"
    d[k] = 2
    print(d, k, "key" in d, "ke" in d)
    word = ""
    counts = {}
    for ch in "abcabcab":
        word += ch
        counts[word[-2:]] = counts.get(word[-2:], 0) + 1
    print(counts)
    s = set()
    name = "n"
    s.add(name)
    name += "m"
    s.add(name)
    print(sorted(s), "n" in s, "nm" in s)
    built = "na" + "me"
    built += "s"
    print({"names": 1}[built], hash(built) == hash("names"))


def cells():
    s = "out"

    def inner():
        nonlocal s
        s += "!"
        return s

    held = s
    print(inner(), inner(), held, s)
    fs = []
    for i in range(3):
        t = "v" + str(i)
        fs.append(lambda t=t: t)
        t += "x"
    print([f() for f in fs])


G = "g"
H = G


def use_global():
    global G
    G += "lobal"
    return G


print(use_global(), H, G)
L = ["a", "b"]
L[0] += "z"
item = L[1]
L[1] += "y"
print(L, item)


class Holder:
    def __init__(self):
        self.name = "obj"


h = Holder()
alias = h.name
h.name += "ect"
print(h.name, alias)


def counting():
    text = "the cat and the hat and the bat"
    freq = {}
    for w in text.split():
        freq[w] = freq.get(w, 0) + 1
    print(freq)
    again = {}
    for w in text.split():
        if w in again:
            again[w] += 1
        else:
            again[w] = 1
    print(again == freq, list(again) == list(freq))
    # 1, 1.0 and True are one key; the first key object stays.
    nums = {}
    nums[1] = "int"
    nums[1.0] = "float"
    nums[True] = "bool"
    print(nums, nums.get(1.0), 1 in nums, True in nums, 2 in nums)
    tup = {(1, "a"): 0}
    tup[(1, "a")] += 5
    print(tup, tup.get((1, "a")), (1, "a") in tup)
    print(freq.get("dog"), freq.get("dog", -1), freq.get("cat", -1))
    try:
        freq["dog"]
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        freq.get([1])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        [1] in freq
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        freq[{}] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        freq.get()
    except TypeError as e:
        print(type(e).__name__, e)


class Name(str):
    pass


class Point:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


def special_keys():
    d = {"a": 1}
    print(d[Name("a")], Name("a") in d, d.get(Name("a")))
    d[Name("a")] = 2
    print(d, type(list(d)[0]).__name__)
    p = {Point(1): "one"}
    print(p[Point(1)], Point(1) in p, p.get(Point(2), "none"))
    p[Point(1)] = "uno"
    print(len(p), p[Point(1)])
    e = {"x": 1}
    n = Name("x")
    n += "y"
    print(type(n).__name__, n, e.get(n))


def empty_operands_and_split():
    # An empty operand gives the other string itself (CPython's PyUnicode_Concat).
    s = "abc" * 3
    print(("" + s) is s, (s + "") is s)
    e = ""
    e += s
    print(e is s, e)
    # split() without a separator: Python's whitespace, \x1c..\x1f and Unicode spaces too.
    print("a\x1cb c".split(), " a b  c  ".split(None, 1), " a b  c  ".rsplit(None, 1))
    print("  ".split(), "é a\u3000b\x1dc ".split(), "é a\u3000b\x1dc ".rsplit(maxsplit=1))
    print("x\ty\nz\x0b\x0cw\rv\x1fu".split(), "one".split(), "".split())


aliases()
empty_operands_and_split()
growth()
keys_and_hashes()
cells()
counting()
special_keys()
