# Barrier.abort breaks the barrier: waiting tasks and later arrivals get BrokenBarrierError
# (a RuntimeError). reset() repairs it; tasks waiting during a reset are released with the
# error too.
import asyncio


async def party(name, barrier):
    try:
        i = await barrier.wait()
        print(f"{name} passed {i}")
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: BrokenBarrierError: {e}")


async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in "ab"]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken:", b.broken, issubclass(asyncio.BrokenBarrierError, RuntimeError))
    await party("late", b)
    await b.reset()
    print("after reset broken:", b.broken)
    ts = [asyncio.create_task(party(n, b)) for n in "xy"]
    await asyncio.sleep(0)
    await b.reset()
    await asyncio.gather(*ts)
    print("after reset with waiters:", b.broken, b.n_waiting)
    await asyncio.gather(*(party(n, b) for n in "pqr"))


asyncio.run(main())
