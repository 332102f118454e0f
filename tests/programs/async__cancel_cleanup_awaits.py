# A cancelled task may await in its finally block (cleanup that needs the loop); the task
# completes as cancelled afterwards. A second cancel during cleanup interrupts the cleanup.
import asyncio


async def worker(name, slow_cleanup):
    try:
        await asyncio.sleep(1)
    finally:
        print(f"{name}: cleanup starts")
        try:
            await asyncio.sleep(0.01 if slow_cleanup else 0)
            print(f"{name}: cleanup done")
        except asyncio.CancelledError:
            print(f"{name}: cleanup interrupted")
            raise


async def main():
    a = asyncio.create_task(worker("a", False))
    b = asyncio.create_task(worker("b", True))
    await asyncio.sleep(0)
    a.cancel()
    b.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    b.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], a.cancelled(), b.cancelled())


asyncio.run(main())
