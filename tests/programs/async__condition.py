# Condition: wait() releases the lock until notified; wait_for() checks a predicate.
import asyncio


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        item = items.pop(0)
        print(f"{name} took {item}")


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in ["apple", "pear", "fig"]:
        async with cond:
            items.append(item)
            print("added", item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    waiters = []

    async def wait_all(i):
        async with cond:
            await cond.wait()
            waiters.append(i)

    ts = [asyncio.create_task(wait_all(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("notify_all woke", waiters)


asyncio.run(main())
