# Exact order of events when a gather is cancelled while its children are at different
# points: sleeping, waiting on a future, and already finished.
import asyncio


async def child(name, aw):
    print(f"{name} awaits")
    try:
        r = await aw
        print(f"{name} got {r}")
        return r
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    finally:
        print(f"{name} finally")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    g = asyncio.gather(child("sleeper", asyncio.sleep(1)), child("futwait", fut), child("quick", asyncio.sleep(0, "q")))
    g.add_done_callback(lambda f: print("gather done callback, cancelled =", f.cancelled()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancelling gather")
    g.cancel()
    print("future cancelled with it:", fut.cancelled())
    try:
        await g
    except asyncio.CancelledError:
        print("main: gather raised CancelledError")


asyncio.run(main())
