# Without return_exceptions, the first exception propagates from the gather at once, but the
# other children are not cancelled: they keep running to completion.
import asyncio


async def slow(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise KeyError("first")


async def fail_later(delay):
    await asyncio.sleep(delay)
    raise KeyError("second")


async def main():
    children = [asyncio.create_task(c) for c in (slow("a", 0.6), fail(0.1), fail_later(0.4), slow("b", 0.8))]
    try:
        await asyncio.gather(*children)
    except KeyError as e:
        print("gather raised KeyError", e)
    print("states:", [t.done() for t in children])
    await asyncio.sleep(1.0)
    print("states later:", [t.done() for t in children])
    print("a result:", children[0].result(), "| second failure kept:", children[2].exception())


asyncio.run(main())
