# yield from delegates, passes send() through, and returns the subgenerator's value.
def inner(tag):
    got = yield f"{tag}-1"
    print(f"  inner {tag} received {got!r}")
    yield f"{tag}-2"
    return f"{tag} result"


def outer():
    r1 = yield from inner("a")
    print("  outer got", r1)
    r2 = yield from inner("b")
    print("  outer got", r2)
    yield from range(3)
    return "all done"


g = outer()
print(next(g))
print(g.send("sent to a"))
print(next(g))
print(next(g))
print(list(g))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


squares = (x * x for x in naturals())
evens = (x for x in squares if x % 2 == 0)
print(list(take(6, evens)))
gen_expr = (c.upper() for c in "lazy")
print(next(gen_expr), "".join(gen_expr))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
