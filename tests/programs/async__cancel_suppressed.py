# A task may catch CancelledError and return normally: it then ends as not cancelled with a
# result. Re-raising a different exception makes it fail with that exception.
import asyncio


async def suppress():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "suppressed"


async def convert():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("converted")


async def keep_going():
    n = 0
    while n < 3:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            n += 1
            print("ignored cancellation", n)
    return n


async def main():
    ts = [asyncio.create_task(f()) for f in (suppress, convert, keep_going)]
    await asyncio.sleep(0)
    for _ in range(3):
        for t in ts:
            if not t.done():
                t.cancel()
        await asyncio.sleep(0)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(res[0], repr(res[1]), res[2])
    print([t.cancelled() for t in ts])


asyncio.run(main())
