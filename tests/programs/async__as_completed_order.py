# as_completed yields awaitables in completion order, whatever order they were given in.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    aws = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for i, nxt in enumerate(asyncio.as_completed(aws)):
        print(i, await nxt)
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("t1", 0.02), ("t2", 0)]]
    print([await f for f in asyncio.as_completed(tasks)])


asyncio.run(main())
