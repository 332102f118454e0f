# asyncio.wait with return_when, and as_completed yielding in finishing order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("c", 0.03), ("a", 0.01), ("b", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.005)
    print("after short timeout: done", len(done), "pending", len(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), len(pending))
    order = []
    for coro in asyncio.as_completed([job("x", 0.03), job("y", 0.01), job("z", 0.02)]):
        order.append(await coro)
    print("as_completed order:", order)

    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("boom")

    t1 = asyncio.create_task(boom())
    t2 = asyncio.create_task(job("survivor", 0.02))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], "pending:", len(pending))
    await t2
    print("survivor:", t2.result())


asyncio.run(main())
