import heapq, random
random.seed(5)
data = [random.randrange(100) for _ in range(50)]
h = []
for x in data: heapq.heappush(h, x)
print(h)
h2 = data[:]; heapq.heapify(h2); print(h2)
print([heapq.heappop(h2) for _ in range(10)], h2)
print(heapq.heapreplace(h2, 50), h2)
print(heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2)
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(3, data, key=lambda x: x % 10), heapq.nsmallest(3, data, key=lambda x: -x))
pairs = [(x % 7, i) for i, x in enumerate(data)]
print(heapq.nsmallest(4, iter(pairs), key=lambda p: p[0]))
print(list(heapq.merge([1,3,5],[2,4,6],[0,7])))
print(list(heapq.merge(['a','bb'],['ccc','d'], key=len)))
print(list(heapq.merge([5,3,1],[4,2], reverse=True)))
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
try: heapq.heappush((), 1)
except TypeError as e: print("TypeError", e)
try: heapq.heappush([1], 'a')
except TypeError as e: print("TypeError", e)
print(heapq.nlargest(0, [1,2]), heapq.nsmallest(1, []), heapq.nlargest(10, [3,1,2]))
