# A module imported by modules__import_local.py (and a program of its own).
print("loading helper_lib as", __name__)

__all__ = ["greet", "Counter", "VERSION"]

VERSION = (1, 2)
_hidden = "not exported"
calls = 0


def greet(name):
    global calls
    calls += 1
    return f"hello, {name} (call {calls})"


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def __repr__(self):
        return f"Counter({self.n})"


def fail():
    raise ValueError("raised inside helper_lib")


if __name__ == "__main__":
    print("helper_lib run as a script:", greet("main"))
