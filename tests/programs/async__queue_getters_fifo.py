# Several tasks blocked on get() are served in the order they started waiting; a getter that
# is cancelled while waiting does not swallow an item.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0)
    gs[1].cancel()
    await asyncio.sleep(0)
    for item in "xyz":
        q.put_nowait(item)
    await asyncio.gather(*gs, return_exceptions=True)
    print("left in queue:", q.qsize())
    g = asyncio.create_task(getter("late", q))
    await asyncio.sleep(0)
    q.put_nowait("p")
    g.cancel()
    await asyncio.gather(g, return_exceptions=True)
    print("item kept after cancelled getter:", q.qsize(), q.get_nowait())


asyncio.run(main())
