# A task's exception is stored and re-raised on await; result()/exception() inspect it.
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    t = asyncio.create_task(bad(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done:", t.done(), "exception:", repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() raises:", e)
    try:
        await t
    except ValueError as e:
        print("await raises:", e)
    try:
        await asyncio.gather(bad(2), bad(3))
    except ValueError as e:
        print("gather raises the first:", e)
    results = await asyncio.gather(bad(4), asyncio.sleep(0, "ok"), return_exceptions=True)
    print("return_exceptions:", [repr(r) for r in results])
    pending = asyncio.create_task(asyncio.sleep(1))
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending.cancel()
    await asyncio.sleep(0)
    try:
        pending.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled task raises CancelledError")


asyncio.run(main())
