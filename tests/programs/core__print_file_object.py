# print(file=...) writes to any object with write(); end and sep go through write too; flush= is accepted.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("a", 1, None, file=c)
print("x", "y", sep="-", end="!", file=c)
print(file=c)
print("f", file=c, flush=True)
print(c.parts)
print(repr("".join(p for p in c.parts if p != "<flush>")))
print("to stdout", file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
