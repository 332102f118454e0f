# Queue basics: FIFO order, qsize/empty/full/maxsize, get waits for a put.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            print("consumer stops")
            return
        print("consumed", item)


async def main():
    q = asyncio.Queue()
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    for i in range(3):
        await q.put(i)
        print("put", i, "qsize now", q.qsize())
    await q.put(None)
    await c
    q2 = asyncio.Queue(maxsize=2)
    q2.put_nowait("a")
    q2.put_nowait("b")
    print("maxsize:", q2.maxsize, "full:", q2.full(), "qsize:", q2.qsize())
    print(q2.get_nowait(), q2.get_nowait(), q2.empty())


asyncio.run(main())
