# A Semaphore waiter cancelled after being woken but before it ran hands its slot to the next
# waiter, so no slot is lost.
import asyncio


async def holder(name, sem, log):
    try:
        async with sem:
            log.append(f"{name} got it")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    ts = [asyncio.create_task(holder(n, sem, log)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    await asyncio.gather(*ts)
    print(log)
    print("locked at the end:", sem.locked())


asyncio.run(main())
