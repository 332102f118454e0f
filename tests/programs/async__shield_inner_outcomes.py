# The shielded awaitable's outcome passes through: result, exception, or (if the inner task
# itself is cancelled) CancelledError. A done future is returned as it is.
import asyncio


async def value():
    await asyncio.sleep(0)
    return 7


async def boom():
    await asyncio.sleep(0)
    raise OSError("inner failed")


async def long():
    await asyncio.sleep(1)


async def main():
    print("result:", await asyncio.shield(value()))
    try:
        await asyncio.shield(boom())
    except OSError as e:
        print("exception:", e)
    t = asyncio.create_task(long())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", s.cancelled())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print("done future returned as is:", asyncio.shield(done) is done)


asyncio.run(main())
