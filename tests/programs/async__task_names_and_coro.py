# Task names: the name= argument, set_name (any value is turned into a str), and get_coro
# returning the coroutine object the task drives.
import asyncio


async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    t = asyncio.create_task(job(), name="fetcher")
    print(t.get_name())
    t.set_name("renamed")
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    c = t.get_coro()
    print(type(c).__name__, c.__name__, c.__qualname__, asyncio.iscoroutine(c))
    print("task saw its own name:", await t)
    u = asyncio.create_task(job())
    print("default name starts with Task-:", u.get_name().startswith("Task-"))
    await u
    loop = asyncio.get_running_loop()
    v = loop.create_task(job(), name="via loop")
    print(await v)


asyncio.run(main())
