# A RecursionError raised at the limit by each kind of plain call (a function, a method
# through its instance, a function found on a class with no receiver, a two-argument call),
# caught below, leaves the caller's stack usable: later calls get their arguments right.


class Walker:
    def down(self, n):
        return self.down(n + 1)

    def via_class(n):
        return Walker.via_class(n + 1)

    def add(self, a, b):
        return a + b


def two(a, b):
    return two(b, a + 1)


def plain(n):
    return plain(n + 1)


def outer(label, f, *args):
    try:
        f(*args)
    except RecursionError as e:
        print(label, type(e).__name__, e)
    # The same frame calls again after the error: its stack holds the right values.
    w = Walker()
    print(label, "after", w.add(label, "!"), Walker.add(w, 2, 3), [plain.__name__, 7][1])


outer("plain", plain, 0)
outer("method", Walker().down, 0)
outer("no-receiver", Walker.via_class, 0)
outer("two-args", two, 0, 1)


def mixed(n):
    # The error surfaces through a handler in every frame: each re-raises it.
    try:
        return Walker.add(None, 1, mixed(n + 1))
    except RecursionError:
        raise


try:
    mixed(0)
except RecursionError as e:
    print("mixed", e)


def gen_depth():
    try:
        plain(0)
    except RecursionError as e:
        yield str(e)
    yield "next"


print(list(gen_depth()))
