# Releasing an unlocked Lock is a RuntimeError; a waiter cancelled while queued does not get
# the lock, and the next waiter does.
import asyncio


async def taker(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise
    print(f"{name} acquired")
    await asyncio.sleep(0)
    lock.release()
    print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    ts = [asyncio.create_task(taker(n, lock)) for n in ["t1", "t2", "t3"]]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    lock.release()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([type(x).__name__ for x in r], "locked:", lock.locked())


asyncio.run(main())
