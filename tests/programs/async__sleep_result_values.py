# sleep(delay, result) returns result; sleep(0) returns None after one iteration; negative
# delays behave like 0.
import asyncio


async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-5, "negative"))
    print(await asyncio.sleep(delay=0, result="kw"))
    order = []

    async def s(d, tag):
        order.append(await asyncio.sleep(d, tag))

    await asyncio.gather(s(0.02, "b"), s(0.01, "a"), s(0, "first"))
    print(order)


asyncio.run(main())
