# async def with await, async for (with else), async with (several items, parenthesized).
import asyncio
async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    async for t in ticks(3):
        print(t)
    else:
        print("no more ticks")
    async for a, b in pairs():
        pass
    lock = asyncio.Lock()
    async with lock:
        pass
    async with lock as held, asyncio.timeout(1) as scope:
        pass
    async with (
        asyncio.Lock() as first,
        asyncio.Semaphore(2),
    ):
        pass
async def pairs():
    yield 1, 2
asyncio.run(main())
