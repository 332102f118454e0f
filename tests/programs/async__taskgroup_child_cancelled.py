# A child cancelled from outside the group (or raising CancelledError itself) is not an
# error: the group goes on and the others finish. Empty groups, groups whose body raises
# without children, and results read after the group.
import asyncio


async def work(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    print(f"  {name} done")
    return name.upper()


async def gives_up():
    await asyncio.sleep(0.01)
    raise asyncio.CancelledError("gave up")


async def main():
    print("child cancelled from outside:")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.1))
        b = tg.create_task(work("b", 0.2))
        c = tg.create_task(gives_up())
        await asyncio.sleep(0.05)
        print("  cancel a ->", a.cancel())
    print("  a:", a.cancelled(), "b:", b.result(), "c:", c.cancelled(), "current cancelling:", asyncio.current_task().cancelling())

    print("empty group:")
    async with asyncio.TaskGroup() as tg:
        pass
    print("  ok", repr(tg))

    print("body raises with no children:")
    try:
        async with asyncio.TaskGroup():
            raise LookupError("nothing started")
    except ExceptionGroup as eg:
        print("  ", repr(eg), eg.__cause__, eg.__suppress_context__)

    print("body raises CancelledError itself:")
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(work("d", 0.1))
            await asyncio.sleep(0)
            raise asyncio.CancelledError("body gave up")
    except asyncio.CancelledError as e:
        print("  CancelledError propagated:", e.args, "d cancelled:", t.cancelled())


asyncio.run(main())
