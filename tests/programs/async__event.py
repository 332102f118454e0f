# Event: many waiters wake when it is set; wait() returns at once while it stays set.
import asyncio


async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} woke up")
    return name


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set:", event.is_set())
    event.set()
    print("set; waiters not yet running")
    print(await asyncio.gather(*tasks))
    print("already set:", await event.wait())
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0.01)
    print("late still waiting:", not late.done())
    asyncio.get_running_loop().call_later(0.01, event.set)
    await late
    print("done")


asyncio.run(main())
