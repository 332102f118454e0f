"""Task switches: 100 tasks each yielding 10,000 times with sleep(0): 1,000,000 switches."""
import asyncio

SWITCHES = 10_000


async def spinner(i, counts):
    n = 0
    for _ in range(SWITCHES):
        await asyncio.sleep(0)
        n += 1
    counts[i] = n


async def main():
    counts = [0] * 100
    await asyncio.gather(*[spinner(i, counts) for i in range(100)])
    print("checksum", sum(counts))


asyncio.run(main())
