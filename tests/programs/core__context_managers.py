# with statements: __enter__/__exit__, several items, exception suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name} with {exc_type.__name__ if exc_type else None}")
        return self.suppress


with Resource("a") as a, Resource("b") as b:
    print("inside", a, b)
with (
    Resource("x") as x,
    Resource("y"),
):
    print("parenthesized", x)
with Resource("quiet", suppress=True):
    raise ValueError("hidden")
print("suppressed and continued")
try:
    with Resource("outer"), Resource("inner"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)


def early_return():
    with Resource("fn"):
        return "returned"


print(early_return())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        print("second iteration body")
