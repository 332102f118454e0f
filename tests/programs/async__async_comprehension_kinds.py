# Async comprehensions of every kind, with conditions, nesting, and await in the element.
import asyncio


async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([i async for i in arange(5) if i % 2 == 0])
    print({i % 3 async for i in arange(7)})
    print({i: await double(i) async for i in arange(3)})
    print([await double(i) for i in range(3)])
    print([(i, j) async for i in arange(3) for j in range(i)])
    gen = (await double(i) async for i in arange(3))
    print(type(gen).__name__, [x async for x in gen])
    print([x async for x in arange(0)])


asyncio.run(main())
