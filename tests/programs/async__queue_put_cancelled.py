# A producer cancelled while blocked in put() on a full queue does not add its item, and the
# next blocked producer gets the free slot.
import asyncio


async def producer(name, q):
    try:
        await q.put(name)
        print(f"{name} put")
    except asyncio.CancelledError:
        print(f"{name} cancelled in put")
        raise


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("first")
    ps = [asyncio.create_task(producer(n, q)) for n in ("p1", "p2")]
    await asyncio.sleep(0)
    ps[0].cancel()
    await asyncio.sleep(0)
    print("got", await q.get())
    await asyncio.gather(*ps, return_exceptions=True)
    print("queue now holds", q.get_nowait(), "empty:", q.empty())


asyncio.run(main())
