# create_task schedules a task; it first runs when the creator yields to the loop.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name.upper()


async def main():
    print("main: creating tasks")
    t1 = asyncio.create_task(worker("one", 3))
    t2 = asyncio.create_task(worker("two", 2))
    print("main: tasks created, none started; done?", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("main: after one sleep(0)")
    r2 = await t2
    print("main: t2 ->", r2, "t1 done?", t1.done())
    r1 = await t1
    print("main: t1 ->", r1)
    t3 = asyncio.create_task(worker("three", 1))
    print("main: awaiting a coroutine directly runs it without a task switch")
    print("main: direct ->", await worker("direct", 2))
    print("main: t3 done?", t3.done())
    await t3
    print("main: t3 ->", t3.result())


asyncio.run(main())
