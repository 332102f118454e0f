# with: __enter__/__exit__ order, the as value, exception suppression, nesting and exceptions in __exit__.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with Ctx("a") as v, Ctx("b") as w:
    print("body", v, w)
with Ctx("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Ctx("n"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Ctx("r"):
        return "returned"
print(early())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class Boom:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("from exit")
try:
    with Boom():
        raise ValueError("inner")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
