# A task cancelled while waiting on a Condition re-acquires the lock before the
# CancelledError leaves wait(), so `async with cond` releases it exactly once.
import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled; holds the lock again:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock:", cond.locked())
    await asyncio.gather(t, return_exceptions=True)
    print("lock free at the end:", not cond.locked(), "task cancelled:", t.cancelled())


asyncio.run(main())
