class Bad:
    def __init__(self):
        return 1


def helper():
    return 0


def make():
    helper()
    Bad()


def numbers():
    yield 1
    make()
    yield 2


for n in numbers():
    print(n)
