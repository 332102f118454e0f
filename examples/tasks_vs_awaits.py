# tasks_vs_awaits.py — sequential awaits versus concurrent tasks.
#
# Teaches: `await coro()` runs the coroutine to the end before the next line
# starts, so two awaited jobs take the sum of their times. `create_task`
# schedules a coroutine on the event loop right away; the tasks then run
# concurrently while `main` waits, so their steps interleave. The print order
# shows the difference, and so does the total time (compared, not printed, so
# the output stays the same on every run).
import asyncio
import time


async def job(name, steps, delay):
    for i in range(steps):
        print(f"  {name}: step {i}")
        await asyncio.sleep(delay)
    print(f"  {name}: done")
    return name


async def sequential():
    print("sequential awaits:")
    start = time.monotonic()
    await job("A", 2, 0.04)
    await job("B", 2, 0.06)
    return time.monotonic() - start


async def concurrent():
    print("concurrent tasks:")
    start = time.monotonic()
    task_a = asyncio.create_task(job("A", 2, 0.04))
    task_b = asyncio.create_task(job("B", 2, 0.06))
    print("  both tasks created; nothing has run yet")
    await task_a
    await task_b
    print(f"  results: {task_a.result()}, {task_b.result()}")
    return time.monotonic() - start


async def main():
    one_by_one = await sequential()
    together = await concurrent()
    print("concurrent tasks finished sooner:", together < one_by_one)


if __name__ == "__main__":
    asyncio.run(main())
