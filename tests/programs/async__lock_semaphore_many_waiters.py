# Under contention from ten tasks, Lock and Semaphore(3) hand out access in FIFO order; the
# log of entries is the same every run.
import asyncio


async def use(prim, name, log, steps):
    async with prim:
        log.append(name)
        for _ in range(steps):
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(use(lock, f"L{i}", log, i % 4) for i in range(10)))
    print(log)
    sem = asyncio.Semaphore(3)
    log = []
    await asyncio.gather(*(use(sem, f"S{i}", log, 5 - i % 5) for i in range(10)))
    print(log)


asyncio.run(main())
