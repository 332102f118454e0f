# Cancellation: the CancelledError appears at the await point, finally blocks run, a task
# may swallow it; cancelling a gather cancels its children.
import asyncio


async def child(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise
    finally:
        print(name, "finally")


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallower swallowed it")
    return "survived"


async def main():
    g = asyncio.gather(child("a", 1), child("b", 2), child("c", 0.5))
    await asyncio.sleep(0.75)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled():", g.cancelled())

    s = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    s.cancel("please")
    print("swallower:", await s, "cancelled():", s.cancelled(), "cancelling():", s.cancelling())

    t = asyncio.create_task(child("d", 5))
    await asyncio.sleep(1)
    t.cancel("stop now")
    await asyncio.sleep(0)
    print("after one step: done", t.done(), "cancelled", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised", type(e).__name__, e.args)

    r = await asyncio.gather(child("e", 1), asyncio.sleep(0.5, "slept"), return_exceptions=True)
    print("gather with return_exceptions:", r)


asyncio.run(main())
