# User iterators with __iter__/__next__, StopIteration, iter(callable, sentinel), exhausted iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(c, "done"))
for x in Countdown(2):
    print("loop", x)
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)), list(zip(Countdown(3), "ab")))
data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
it = iter("ab")
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
a, b, *c = Countdown(4)
print(a, b, c)
