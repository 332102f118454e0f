# A bounded queue: the producer blocks in Queue.put() while the queue is full and the
# consumer in Queue.get() while it is empty; join() waits for every task_done().
import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        await asyncio.sleep(0.1)


async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await producer(q)
    await q.join()
    await c


asyncio.run(main())
