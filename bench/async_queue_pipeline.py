"""Producer/consumer pipeline: 100,000 items through two bounded Queues and three stages,
with three parallel workers in the middle stage."""
import asyncio

ITEMS = 100_000


async def producer(out):
    for i in range(ITEMS):
        await out.put(i)
    for _ in range(3):
        await out.put(None)


async def worker(inp, out):
    while True:
        item = await inp.get()
        if item is None:
            await out.put(None)
            return
        await out.put(item * 3 % 1000)


async def consumer(inp, workers):
    total = count = 0
    while workers:
        item = await inp.get()
        if item is None:
            workers -= 1
            continue
        total += item
        count += 1
    return total, count


async def main():
    a, b = asyncio.Queue(100), asyncio.Queue(100)
    tasks = [asyncio.create_task(producer(a))]
    tasks += [asyncio.create_task(worker(a, b)) for _ in range(3)]
    total, count = await consumer(b, 3)
    await asyncio.gather(*tasks)
    print("checksum", total, count)


asyncio.run(main())
