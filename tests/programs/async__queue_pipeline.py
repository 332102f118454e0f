# A three-stage pipeline over queues with sentinels: order is preserved end to end.
import asyncio


async def source(out):
    for i in range(6):
        await out.put(i)
    await out.put(None)


async def square(inp, out):
    while (item := await inp.get()) is not None:
        await out.put(item * item)
    await out.put(None)


async def sink(inp, results):
    while (item := await inp.get()) is not None:
        results.append(item)


async def main():
    a, b = asyncio.Queue(2), asyncio.Queue(1)
    results = []
    await asyncio.gather(source(a), square(a, b), sink(b, results))
    print(results, sum(results))


asyncio.run(main())
