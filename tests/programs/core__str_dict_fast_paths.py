# Edges of the native fast paths for str/dict/list methods: the fast path must give the
# same results and the same errors as the general one.

# len() of short and long strs, ASCII and not (chars, not bytes).
for s in ["", "a", "kaloni", "é", "κaλé€x", "12345678901234", "1234567890123é", "é234567890123",
          "€€€€", "𝄞x", "x" * 15, "é" * 15, "ab" + "é" * 7]:
    print(repr(s), len(s), len(s + s), len(s[1:]))
# Grown in place past the inline size, then measured.
w = ""
for part in ["ka", "lé", "mi", "né", "su", "ta", "ri", "po"]:
    w += part
    print(w, len(w))
for args in [(), ("a", "b")]:
    try:
        len(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len("abc", x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

# dict.get with one and two arguments, keys of several types, and its errors.
d = {"a": 1, 2: "two", (1, 2): [3], 1.5: None, "é": "e"}
for k in ["a", "b", 2, 2.0, True, (1, 2), 1.5, "é", "e"]:
    print(repr(k), d.get(k), d.get(k, "dflt"))
for args in [(), (1, 2, 3)]:
    try:
        d.get(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d.get("a", default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.get([], "a")
except TypeError as e:
    print(type(e).__name__, e)


class D(dict):
    pass


sub = D(x=1)
print(sub.get("x"), sub.get("y", 7), dict.get(sub, "x"))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


d2 = {K(1): "one"}
print(d2.get(K(1)), d2.get(K(2), "none"))

# Counting with fresh strs (their hash computed by the first lookup) matches counting
# with the same strs again.
freq = {}
for w in "the cat the dog the end cat".split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))

# list.append's fast path and its errors.
out = []
out.append(1)
out.append(out)
print(len(out), out[0], out[1] is out)
for args in [(), (1, 2)]:
    try:
        out.append(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    out.append(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)


class L(list):
    pass


sub_list = L()
sub_list.append("x")
list.append(sub_list, "y")
print(sub_list, type(sub_list).__name__)

# split() without a separator over ASCII whitespace of every kind, and maxsplit.
text = " \t alpha\x1cbeta\x1d\x1e gamma\n\x0b\x0cdelta\r\x1f  "
print(text.split())
for n in [0, 1, 2, 3, 4, 5, -1]:
    print(n, text.split(None, n), text.split(maxsplit=n))
print("".split(), "   ".split(), "x".split(), "a b".split(None, 0))
print("héllo wörld  ".split(), "a\u3000b".split())

# range() called the usual ways and with bad arguments.
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), range(2**70))
for args in [(), (1, 2, 3, 4), (1.5,), ("a",), (1, 2, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3, step=1)
except TypeError as e:
    print(type(e).__name__, e)

# Unbound methods called without a receiver, or with one of another type.
for f, args in [(str.upper, ()), (list.append, ()), (dict.get, ()), (str.split, (5,)),
                (list.append, (D(), 1)), (dict.get, (L(), 0))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
