# Generators: finally runs when exhausted or closed, with-blocks inside generators, return inside try.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False
def reader():
    with Res("file"):
        yield "line1"
        yield "line2"
    print("after with")
for line in reader():
    print(line)
g = reader()
print(next(g))
g.close()
def early():
    try:
        yield 1
        return "early"
        yield 2
    finally:
        print("cleanup")
print(list(early()))
def counter():
    try:
        for i in range(3):
            yield i
    finally:
        print("counter done")
print(sum(counter()))
