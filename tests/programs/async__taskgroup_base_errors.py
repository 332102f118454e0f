# KeyboardInterrupt and SystemExit are not wrapped in a group. Raised in the body of
# `async with`, they cancel the children and propagate bare once the children are done.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"  {name} finished")
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise


async def body_raises(exc):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", 0.01))
        tg.create_task(child("b", 1))
        await asyncio.sleep(0.1)
        raise exc


async def main():
    for exc in (SystemExit(3), KeyboardInterrupt(), ValueError("plain")):
        print(type(exc).__name__ + ":")
        try:
            await body_raises(exc)
        except BaseException as e:
            print("  propagated", type(e).__name__, "bare:", e is exc, "group:", isinstance(e, BaseExceptionGroup))
            if isinstance(e, BaseExceptionGroup):
                print("  inside:", e.exceptions[0] is exc)


asyncio.run(main())
