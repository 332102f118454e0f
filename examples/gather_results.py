# gather_results.py — running coroutines together and collecting results.
#
# Teaches: `asyncio.gather(*aws)` runs all awaitables concurrently and returns
# their results in the order they were passed in, not the order they finish.
# With `return_exceptions=True`, an exception becomes a value in the result
# list instead of propagating out of gather.
import asyncio


async def square(n, delay):
    await asyncio.sleep(delay)
    print(f"square({n}) finished")
    return n * n


async def fail(message):
    await asyncio.sleep(0.01)
    raise ValueError(message)


async def main():
    # The slowest one is passed first, yet results keep the argument order.
    results = await asyncio.gather(square(3, 0.03), square(4, 0.01), square(5, 0.02))
    print("results:", results)

    mixed = await asyncio.gather(square(6, 0.01), fail("no luck"), return_exceptions=True)
    for item in mixed:
        if isinstance(item, Exception):
            print("got an exception:", type(item).__name__, item)
        else:
            print("got a value:", item)

    try:
        await asyncio.gather(square(7, 0.3), fail("first error wins"))
    except ValueError as exc:
        print("gather raised:", exc)


if __name__ == "__main__":
    asyncio.run(main())
