# Cancelling a gather cancels its children; a child's failure does not cancel siblings.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def fails():
    await asyncio.sleep(0.01)
    raise RuntimeError("child failed")


async def main():
    group = asyncio.gather(child("a", 1), child("b", 1))
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    sibling = asyncio.create_task(child("sibling", 0.3))
    try:
        await asyncio.gather(fails(), sibling)
    except RuntimeError as e:
        print("gather raised:", e, "| sibling done?", sibling.done())
    print("sibling result:", await sibling)


asyncio.run(main())
