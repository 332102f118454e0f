# Async comprehensions: list/set/dict with async for, nested loops, await inside, async genexpr.
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i
async def main():
    print([t * t async for t in ticker(5) if t % 2 == 0])
    print({t async for t in ticker(3)}, {t: -t async for t in ticker(3)})
    print([(a, b) async for a in ticker(2) for b in range(2)])
    print([x for x in [await asyncio.sleep(0, 7)]])
    g = (t + 1 async for t in ticker(3))
    print(type(g).__name__, [v async for v in g])
asyncio.run(main())
