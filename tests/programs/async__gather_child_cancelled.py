# A child cancelled on its own (not through the gather) makes the gather raise CancelledError,
# while the gather's own future is not marked cancelled.
import asyncio


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    t1 = asyncio.create_task(sleeper(0.01))
    t2 = asyncio.create_task(sleeper(1))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("g.cancelled():", g.cancelled(), "g.done():", g.done())
    print("t1 still finishes:", await t1)


asyncio.run(main())
