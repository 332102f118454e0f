# CancelledError is raised exactly at the await where the task is suspended: code before it
# ran, code after it does not, and the innermost coroutine of an await chain sees it first.
import asyncio


async def level3():
    print("level3 before await")
    try:
        await asyncio.sleep(1)
        print("level3 after await (never)")
    except asyncio.CancelledError:
        print("level3 sees CancelledError")
        raise


async def level2():
    try:
        await level3()
    except asyncio.CancelledError:
        print("level2 sees CancelledError")
        raise


async def level1():
    try:
        await level2()
    finally:
        print("level1 finally")


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested; task not yet done:", not t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled =", t.cancelled())


asyncio.run(main())
