# The cancel message reaches the innermost await and comes back out of every level; a task
# awaiting a cancelled task gets a CancelledError too (the message is kept).
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def middle(t):
    try:
        await t
    except asyncio.CancelledError as e:
        print("middle sees", e.args)
        raise


async def main():
    inner = asyncio.create_task(sleeper())
    mid = asyncio.create_task(middle(inner))
    await asyncio.sleep(0)
    inner.cancel("inner msg")
    for t, name in ((inner, "inner"), (mid, "mid")):
        try:
            await t
        except asyncio.CancelledError as e:
            print(name, "cancelled:", t.cancelled(), e.args)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("first")
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("two cancels, message kept:", e.args)


asyncio.run(main())
