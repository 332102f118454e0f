# Semaphore(2): at most two holders; the rest queue in arrival order.
import asyncio


async def use(sem, name, turns, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} in")
        for _ in range(turns):
            await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(use(sem, n, t, log) for n, t in [("a", 3), ("b", 1), ("c", 2), ("d", 1), ("e", 1)]))
    print("\n".join(log))
    print("locked:", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside bounded, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
