# Timers fire in deadline order, equal deadlines in the order they were set; sleep(0) only
# yields to the tasks already ready.
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)
    await asyncio.sleep(0)
    return delay


async def main():
    tasks = [asyncio.create_task(sleeper(d)) for d in (0.3, 0.1, 0.2, 0.1)]
    for t in tasks:
        await t


asyncio.run(main())
