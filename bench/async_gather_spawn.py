"""Spawning: 100,000 coroutines wrapped in tasks by one gather, each returning at once."""
import asyncio


async def work(i):
    return i * 2 + 1


async def main():
    total = 0
    for _ in range(2):
        results = await asyncio.gather(*[work(i) for i in range(100_000)])
        total += len(results) + sum(results)
    print("checksum", total)


asyncio.run(main())
