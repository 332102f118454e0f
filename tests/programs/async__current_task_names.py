# Task names, current_task, all_tasks and the value asyncio.run returns.
import asyncio


async def named(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print("main task name starts with Task-:", me.get_name().startswith("Task-"))
    t1 = asyncio.create_task(named(0.01), name="fetcher")
    t2 = asyncio.create_task(named(0.02), name="parser")
    print("names:", t1.get_name(), t2.get_name())
    print("running tasks:", len(asyncio.all_tasks()))
    t2.set_name("renamed")
    print(await t1, await t2)
    print("running tasks now:", len(asyncio.all_tasks()))
    return "main's return value"


print("asyncio.run returned:", asyncio.run(main()))
print("a second run works too:", asyncio.run(asyncio.sleep(0, "again")))
