# sleep(0) yields exactly one loop turn: tasks interleave round-robin.
import asyncio

log = []


async def runner(name, turns):
    for turn in range(turns):
        log.append(f"{name}{turn}")
        await asyncio.sleep(0)
    log.append(f"{name}-end")


async def main():
    tasks = [asyncio.create_task(runner(n, k)) for n, k in [("a", 3), ("b", 1), ("c", 2)]]
    log.append("main-created")
    for _ in range(2):
        await asyncio.sleep(0)
        log.append("main-tick")
    await asyncio.wait(tasks)
    log.append("main-end")
    for entry in log:
        print(entry)


asyncio.run(main())
