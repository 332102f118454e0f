# On timeout, wait_for cancels the inner awaitable, waits until it really is cancelled (its
# finally blocks have run), and then raises TimeoutError chained from the CancelledError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: cancelled, cleaning up")
        await asyncio.sleep(0)
        print("inner: cleanup finished")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), "cause:", type(e.__cause__).__name__)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except asyncio.TimeoutError:
        print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print("task cancelled:", t.cancelled())


asyncio.run(main())
