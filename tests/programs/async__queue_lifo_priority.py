# LifoQueue returns the newest item first; PriorityQueue the smallest, with ties (equal
# tuples' first items) broken by the rest of the tuple.
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    for x in "abcd":
        await lq.put(x)
    print("lifo:", [await lq.get() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z"), (2, "a")]:
        pq.put_nowait(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    pq2 = asyncio.PriorityQueue(maxsize=3)
    for n in [5, 3, 9]:
        pq2.put_nowait(n)
    print("full:", pq2.full())
    try:
        pq2.put_nowait(1)
    except asyncio.QueueFull:
        print("QueueFull")
    print(pq2.get_nowait(), pq2.get_nowait(), pq2.get_nowait())
    print(isinstance(lq, asyncio.Queue), isinstance(pq, asyncio.Queue))


asyncio.run(main())
