# gather with no awaitables, with the same task twice, with a plain future, and nested gathers.
import asyncio


async def value(v):
    await asyncio.sleep(0)
    return v


async def main():
    print("empty:", await asyncio.gather())
    t = asyncio.create_task(value("twice"))
    print("same task twice:", await asyncio.gather(t, t))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    print("future + coroutine:", await asyncio.gather(fut, value(3)))
    inner = asyncio.gather(value(1), value(2))
    print("nested:", await asyncio.gather(inner, value(0), asyncio.gather(value(4))))
    try:
        await asyncio.gather(value(1), 5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
