# Event: set() wakes every waiter in the order they started waiting; wait() on a set event
# returns True at once; clear() makes later waiters block again.
import asyncio


async def waiter(name, ev):
    print(f"{name} waiting")
    r = await ev.wait()
    print(f"{name} woke: {r}")


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    ws = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*ws)
    print("wait on set event:", await ev.wait())
    ev.clear()
    late = asyncio.create_task(waiter("late", ev))
    await asyncio.sleep(0.01)
    print("late still waiting:", not late.done())
    ev.set()
    await late


asyncio.run(main())
