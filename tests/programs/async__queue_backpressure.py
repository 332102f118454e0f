# A bounded Queue blocks put() when full; the producer waits for the consumer.
import asyncio


async def producer(q, n):
    for i in range(n):
        print(f"put {i} ... (size {q.qsize()}, full={q.full()})")
        await q.put(i)
        print(f"put {i} done")
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(f"  got {item}")
        total += item
        q.task_done()
        await asyncio.sleep(0)
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    cons = asyncio.create_task(consumer(q))
    await q.join()
    print("joined; total:", await cons, "producer done:", prod.done())
    q2 = asyncio.Queue()
    for x in [3, 1, 2]:
        q2.put_nowait(x)
    print("unbounded:", q2.qsize(), [q2.get_nowait() for _ in range(3)], q2.empty())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    lifo, prio = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for x in [(2, "b"), (1, "a"), (3, "c")]:
        lifo.put_nowait(x)
        prio.put_nowait(x)
    print("lifo:", [lifo.get_nowait() for _ in range(3)])
    print("priority:", [prio.get_nowait() for _ in range(3)])


asyncio.run(main())
