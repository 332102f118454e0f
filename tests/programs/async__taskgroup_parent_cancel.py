# Cancelling the task that runs `async with TaskGroup()`: the children are cancelled, the
# group waits for them, CancelledError (not a group) propagates, and cancelling()/uncancel()
# count as in CPython 3.11. A child error during the parent's cancellation wins.
import asyncio


async def child(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
        if error:
            raise error
        print(f"  {name} finished")
    except asyncio.CancelledError:
        print(f"  {name} cancelled, cleaning up")
        await asyncio.sleep(0.2)
        print(f"  {name} cleanup done")
        raise


async def parent(specs, wait_in_body):
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            for spec in specs:
                tg.create_task(child(*spec))
            if wait_in_body:
                await asyncio.sleep(40.0)
        print("  group exited normally")
    except asyncio.CancelledError as e:
        print("  parent got CancelledError", e.args, "cancelling:", task.cancelling())
        raise
    except ExceptionGroup as eg:
        print("  parent got", [repr(x) for x in eg.exceptions], "cancelling:", task.cancelling())


async def run(title, specs, wait_in_body, cancel_after, msg=None):
    print(title)
    t = asyncio.create_task(parent(specs, wait_in_body))
    await asyncio.sleep(cancel_after)
    print("  cancel() ->", t.cancel(msg))
    try:
        await t
        print("  parent returned; cancelled():", t.cancelled())
    except asyncio.CancelledError:
        print("  parent cancelled():", t.cancelled())


async def main():
    await run("cancel during the body:", [("a", 0.2), ("b", 8.0)], True, 0.4)
    await run("cancel while __aexit__ waits:", [("a", 4.0)], False, 0.4, "stop")
    await run("child fails during parent cancellation:", [("a", 0.48, ValueError("late"))], True, 0.4)
    await run("cancel after a child failed:", [("a", 0.2, KeyError("early")), ("b", 4.0)], True, 0.28)

    async def uncancelled():
        t = asyncio.current_task()
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0.04, RuntimeError("boom")))
            try:
                await asyncio.sleep(4.0)
            except asyncio.CancelledError:
                print("  body cancelled by the group; cancelling:", t.cancelling())
                raise

    try:
        await uncancelled()
    except* RuntimeError as eg:
        print("group error:", eg.exceptions, "main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
