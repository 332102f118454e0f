# BoundedSemaphore refuses a release beyond its initial value with ValueError; Semaphore with
# a negative value is a ValueError too.
import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    async with bs:
        async with bs:
            print("both slots taken, locked:", bs.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(bs, asyncio.Semaphore))
    s0 = asyncio.Semaphore(0)
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    print("zero semaphore blocks:", t.done())
    s0.release()
    print("acquired after release:", await t)


asyncio.run(main())
