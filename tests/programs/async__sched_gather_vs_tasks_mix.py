# Ordering when gather, create_task, call_soon and futures all schedule in the same step.
import asyncio


async def co(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future callback", f.result()))
    t = asyncio.create_task(co("task", 2))
    g = asyncio.gather(co("g1", 1), co("g2", 2))
    loop.call_soon(fut.set_result, "F")
    loop.call_soon(print, "plain callback")
    print("main waits")
    print(await g, await t, await fut)


asyncio.run(main())
