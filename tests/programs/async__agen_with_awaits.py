# An async generator interleaves with other tasks at its awaits, not at its yields: the
# consumer and a ticker task alternate.
import asyncio


async def producer():
    for i in range(3):
        await asyncio.sleep(0)
        print("produce", i)
        yield i


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    async for item in producer():
        print("consume", item)
    await t
    agen = producer()
    print(type(agen).__name__, agen.__name__)
    print([x async for x in agen])


asyncio.run(main())
