# __iter__ written as a generator method: each iteration gets a fresh iterator; `in` falls back to iteration.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(t), 3 in t, 9 in t, sum(t), sorted(t, reverse=True), [v * 2 for v in t])
it = iter(t)
print(next(it), next(it), type(it).__name__)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), dict(zip(Countdown(2), "ab")), max(Countdown(5)), tuple(Countdown(0)))
