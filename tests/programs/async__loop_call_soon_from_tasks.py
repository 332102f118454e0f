# Callbacks scheduled with call_soon interleave with task steps in exact FIFO order, with
# positional arguments passed through.
import asyncio


def cb(*args):
    print("cb", *args)


async def ticker(name, n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        loop.call_soon(cb, name, i)
        print("task", name, i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ticker("A", 3), ticker("B", 2))
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "x", "y", "z")
    await asyncio.sleep(0)


asyncio.run(main())
