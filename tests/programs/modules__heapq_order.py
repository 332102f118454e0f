# heapq runs CPython's sift algorithm: the same comparisons in the same order, so the same
# list layout, the same tie order and the same number of __lt__ calls.
import heapq
import random

calls = 0


class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


random.seed(42)
items = [Item(random.randrange(10), chr(97 + i % 26)) for i in range(60)]
h = list(items)
heapq.heapify(h)
print("heapify", calls, h[:12])
calls = 0
out = [heapq.heappop(h) for _ in range(20)]
print("pops", calls, out)
calls = 0
for it in items[:15]:
    heapq.heappush(h, it)
print("pushes", calls, h[:10])
calls = 0
print(heapq.heapreplace(h, Item(5, 'Z')), heapq.heappushpop(h, Item(0, 'Y')), heapq.heappushpop(h, Item(9, 'X')), calls)
calls = 0
print(heapq.nsmallest(7, items))
calls = 0
print(heapq.nlargest(7, items))
calls = 0
print(heapq.nsmallest(4, iter(items), key=lambda i: i.v % 4))
print(heapq.nlargest(4, iter(items), key=lambda i: i.v % 4))

# Tuples as (priority, order, task): a classic priority queue.
pq = []
for i, (prio, task) in enumerate([(3, 'write'), (1, 'read'), (2, 'test'), (1, 'lint')]):
    heapq.heappush(pq, (prio, i, task))
while pq:
    print(heapq.heappop(pq))

# merge: stable across inputs, lazy, with key and reverse.
print(list(heapq.merge([1, 1, 3], [1, 2], [], [0, 4])))
m = heapq.merge(iter([Item(1, 'a'), Item(2, 'a')]), iter([Item(1, 'b'), Item(2, 'b')]))
print(list(m))
print(list(heapq.merge(['x', 'yyy'], ['zz', 'wwww'], key=len)))
print(list(heapq.merge([9, 7, 1], [8, 2], reverse=True)))

# heapsort
data = [random.random() for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heapify(None), lambda: heapq.heappush([1], None),
            lambda: heapq.heappop()]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 3))
