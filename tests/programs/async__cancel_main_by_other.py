# One task cancelling another that is waiting on a future, an Event and a Queue: each wait is
# interrupted at its await and the primitives stay consistent.
import asyncio


async def on_future(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("future waiter cancelled; future cancelled:", fut.cancelled())
        raise


async def on_event(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("event waiter cancelled")
        raise


async def on_queue(q):
    try:
        await q.get()
    except asyncio.CancelledError:
        print("queue waiter cancelled; queue empty:", q.empty())
        raise


async def canceller(tasks):
    await asyncio.sleep(0.01)
    for t in tasks:
        t.cancel()


async def main():
    loop = asyncio.get_running_loop()
    fut, ev, q = loop.create_future(), asyncio.Event(), asyncio.Queue()
    ts = [asyncio.create_task(on_future(fut)), asyncio.create_task(on_event(ev)), asyncio.create_task(on_queue(q))]
    await canceller(ts)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    ev.set()
    q.put_nowait(1)
    print("event and queue still work:", await ev.wait(), await q.get())


asyncio.run(main())
