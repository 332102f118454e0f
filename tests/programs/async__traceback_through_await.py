# An exception's traceback through awaits: a task's stored exception gains the awaiting
# frames when `await t` re-raises it; awaiting a coroutine directly or through gather gives
# the same chain. Each level: the coroutine's name and line.
import asyncio
import sys


def levels(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


async def faulty(n):
    await asyncio.sleep(0)
    return 10 // n


async def mid():
    return await faulty(0)


async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0.01)
    print("stored", levels(t.exception().__traceback__))
    try:
        await t
    except ZeroDivisionError as e:
        print("await task", levels(e.__traceback__))
        print("same object", e is t.exception())
    try:
        await mid()
    except ZeroDivisionError as e:
        print("await coroutine", levels(e.__traceback__))
        print("exc_info", sys.exc_info()[0].__name__, levels(sys.exc_info()[2]))
    try:
        await asyncio.gather(mid())
    except ZeroDivisionError as e:
        print("gather", levels(e.__traceback__))


asyncio.run(main())
