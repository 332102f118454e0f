# asyncio.wait with return_when and timeout, and as_completed yielding in finishing order.
import asyncio


async def job(name, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    return name


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, t)) for n, t in [("c", 9), ("a", 1), ("b", 6)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.result() for t in done), "pending:", len(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), len(pending))

    gate = asyncio.Event()
    blocked = asyncio.create_task(gate.wait())
    done, pending = await asyncio.wait([blocked], timeout=0.01)
    print("after timeout: done", len(done), "pending", len(pending))
    gate.set()
    done, pending = await asyncio.wait(pending)
    print("after set: done", len(done), "pending", len(pending))

    order = []
    for coro in asyncio.as_completed([sleeper("x", 0.03), sleeper("y", 0.01), sleeper("z", 0.02)]):
        order.append(await coro)
    print("as_completed order:", order)

    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("boom")

    t1 = asyncio.create_task(boom())
    t2 = asyncio.create_task(gate.wait())
    gate.clear()
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], "pending:", len(pending))
    gate.set()
    print("survivor:", await t2)


asyncio.run(main())
