# Barrier(3): tasks block in wait() until the third arrives, then all go on; wait() returns
# each task's arrival index. The barrier can be used again for another round.
import asyncio


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives, n_waiting={barrier.n_waiting}")
    index = await barrier.wait()
    print(f"{name} passes with index {index}")
    await asyncio.sleep(delay)
    async with barrier as again:
        print(f"{name} round 2 index {again}")


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken, "n_waiting:", barrier.n_waiting)
    await asyncio.gather(party("a", barrier, 0.01), party("b", barrier, 0.03), party("c", barrier, 0.02))
    print("n_waiting at the end:", barrier.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
