# Cancelling a gather cancels each child still running; the children see CancelledError at
# their await, the one that finished keeps its result, and the waiter gets CancelledError.
import asyncio


async def worker(delay):
    try:
        await asyncio.sleep(delay)
        return delay
    finally:
        pass


async def main():
    group = asyncio.gather(worker(0.1), worker(1), worker(2))
    await asyncio.sleep(0.5)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        return "cancelled"


asyncio.run(main())
