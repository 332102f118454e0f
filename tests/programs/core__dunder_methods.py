# Special methods: repr/str, arithmetic, comparison, containers, iteration, call.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x ** 2 + self.y ** 2) < (other.x ** 2 + other.y ** 2)

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y


v, w = Vec(1, 2), Vec(3, -1)
print(v, repr(v), [v, w], v + w, v * 3, 2 * v, -v)
print(v == Vec(1, 2), v != w, v < w, sorted([w, v]), len({v, Vec(1, 2)}))
print(bool(Vec(0, 0)), bool(v), len(v), v[0], v[-1], list(v), [*w])
x, y = w
print(x, y, max([v, w]))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), sum(Countdown(10)))


class Registry:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        print(f"set {key!r}")
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        print(f"del {key!r}")
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __call__(self, *args, **kwargs):
        return f"called with {args} {kwargs}"


r = Registry()
r["a"] = 1
r["b"] = r["a"] + 1
del r["a"]
print("a" in r, "b" in r, r(1, 2, k=3))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __iadd__(self, other):
        print("in-place add")
        self.cents += other
        return self

    def __format__(self, spec):
        return format(self.cents / 100, spec)


m = Money(150)
m += 25
print(f"{m:.2f}", f"{m:>8.1f}|")
