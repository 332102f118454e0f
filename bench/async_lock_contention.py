"""Lock and Semaphore contention: 100 tasks, each taking a Lock and then a Semaphore(10)
1,000 times and yielding while holding each."""
import asyncio

ROUNDS = 1_000


async def worker(lock, sem, counter):
    for _ in range(ROUNDS):
        async with lock:
            counter[0] += 1
            await asyncio.sleep(0)
        async with sem:
            counter[1] += 1
            await asyncio.sleep(0)


async def main():
    lock, sem = asyncio.Lock(), asyncio.Semaphore(10)
    counter = [0, 0]
    await asyncio.gather(*[worker(lock, sem, counter) for _ in range(100)])
    print("checksum", counter[0], counter[1])


asyncio.run(main())
