# Async generators left suspended are finalised by the loop as CPython's asyncgen hooks do:
# one dropped after `break` gets its aclose() scheduled as a task (its cleanup interleaves
# with main's next steps); one still referenced when main ends is closed by asyncio.run's
# shutdown_asyncgens; a pending finaliser task is cancelled by the shutdown's cancel step;
# the shutdown steps take task numbers, so the next asyncio.run's tasks are named on.
import asyncio


async def numbers(name, cleanup_awaits=False):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"  {name}: cleanup starts")
        if cleanup_awaits:
            await asyncio.sleep(0)
        print(f"  {name}: cleanup ends")


kept = []


async def main():
    async for x in numbers("broken"):
        if x == 1:
            print("break at", x)
            break
    print("main after break")
    await asyncio.sleep(0)
    print("main after one step")
    await asyncio.sleep(0)
    print("main after two steps")

    g = numbers("kept", cleanup_awaits=True)
    kept.append(g)
    print("kept yields", await g.__anext__())

    async for x in numbers("last", cleanup_awaits=True):
        break
    print("main returns", asyncio.current_task().get_name())


asyncio.run(main())


async def second():
    print("second run:", asyncio.current_task().get_name())


asyncio.run(second())
