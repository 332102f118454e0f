# A waiter cancelled while blocked in Event.wait() leaves the event usable for the others,
# and a set() followed by clear() in the same step still wakes the tasks that were waiting.
import asyncio


async def waiter(name, ev):
    try:
        await ev.wait()
        print(f"{name} woke, is_set now {ev.is_set()}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")


async def main():
    ev = asyncio.Event()
    ws = {n: asyncio.create_task(waiter(n, ev)) for n in ["p", "q", "r"]}
    await asyncio.sleep(0)
    ws["q"].cancel()
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws.values())
    print("event after pulse:", ev.is_set())


asyncio.run(main())
