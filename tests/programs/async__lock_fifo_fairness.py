# Lock is fair: waiters acquire it in the order they asked. `async with lock` releases it on
# exceptions too.
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")


async def failing(lock):
    try:
        async with lock:
            raise ValueError("inside the lock")
    except ValueError as e:
        print("caught", e, "locked after:", lock.locked())


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(n, lock, log) for n in "abcd"))
    print(" | ".join(log))
    await failing(lock)
    print("acquire:", await lock.acquire(), lock.locked())
    lock.release()
    print("released:", lock.locked())


asyncio.run(main())
