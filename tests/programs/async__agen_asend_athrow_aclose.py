# Async generator protocol by hand: asend delivers a value to the paused yield, athrow raises
# there (the generator may handle it and yield again), aclose runs its finally block.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
                await asyncio.sleep(0)
                total += value
            except ValueError as e:
                print("generator handled", e)
                total = 0
    finally:
        print("generator cleanup")


async def main():
    g = accumulator()
    print("first:", await g.asend(None))
    print("asend 5:", await g.asend(5))
    print("asend 7:", await g.asend(7))
    print("athrow:", await g.athrow(ValueError("reset")))
    print("asend 1:", await g.asend(1))
    await g.aclose()
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    g2 = accumulator()
    await g2.asend(None)
    try:
        await g2.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("athrow propagated", e)


asyncio.run(main())
