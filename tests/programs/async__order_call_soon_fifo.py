# call_soon callbacks run first-in first-out; a callback scheduled from inside a callback
# waits for the next loop iteration, after everything that was already ready.
import asyncio


def cb(loop, name, depth):
    print("callback", name)
    if depth:
        loop.call_soon(cb, loop, name + "'", depth - 1)


async def task(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, loop, "A", 2)
    asyncio.create_task(task("T"))
    loop.call_soon(cb, loop, "B", 1)
    h = loop.call_soon(cb, loop, "C", 0)
    h.cancel()
    print("C cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")
    await asyncio.sleep(0)
    print("main after three yields")


asyncio.run(main())
