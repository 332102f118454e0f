# call_soon callbacks and task steps share one FIFO; each loop iteration runs only what was
# ready when it began, so what a callback schedules runs in the next iteration.
import asyncio


def cb(name, loop, depth):
    print("callback", name, depth)
    if depth < 2:
        loop.call_soon(cb, name, loop, depth + 1)


async def task(name):
    for i in range(3):
        print("task", name, i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a", loop, 0)
    t = asyncio.create_task(task("t"))
    loop.call_soon(cb, "b", loop, 0)
    h = loop.call_soon(cb, "cancelled", loop, 0)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await t
    later = loop.call_later(0.1, print, "never")
    later.cancel()
    loop.call_later(0.2, print, "later fired")
    await asyncio.sleep(0.3)
    print("main done")


asyncio.run(main())
