# global, nonlocal, and UnboundLocalError from a local shadowing a global.
total = 0


def add(n):
    global total
    total += n
    return total


print(add(3), add(4), total)


def shadow():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


def level1():
    a = 1

    def level2():
        b = 2

        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a


print(level1())


def define_global():
    global created_later
    created_later = "made inside a function"


define_global()
print(created_later)
x = "module"


class Box:
    x = "class body"
    seen = x
    names = [x for _ in range(1)]

    def method(self):
        return x


print(Box.seen, Box.names, Box().method())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
