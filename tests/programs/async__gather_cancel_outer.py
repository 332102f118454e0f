# Cancelling the future gather returns cancels every child still running; the caller awaiting
# it gets CancelledError, and children that already finished keep their results.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 0))
    b = asyncio.create_task(child("b", 1))
    c = asyncio.create_task(child("c", 2))
    g = asyncio.gather(a, b, c)
    await asyncio.sleep(0.01)
    print("cancel() returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print("a:", a.result(), "b cancelled:", b.cancelled(), "c cancelled:", c.cancelled())
    print("cancel again:", g.cancel())


asyncio.run(main())
