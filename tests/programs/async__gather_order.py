# gather returns results in argument order; completion order depends on delays.
import asyncio

finished = []


async def job(name, delay, result):
    print(f"start {name}")
    await asyncio.sleep(delay)
    finished.append(name)
    print(f"end {name}")
    return result


async def instant(name):
    print(f"instant {name}")
    return name


async def main():
    results = await asyncio.gather(job("slow", 0.03, 1), job("fast", 0.01, 2), job("mid", 0.02, 3))
    print("results:", results, "finish order:", finished)
    print(await asyncio.gather(instant("a"), instant("b"), instant("c")))
    print(await asyncio.gather())
    task = asyncio.create_task(job("task", 0, "T"))
    print(await asyncio.gather(task, instant("coro"), task))
    nested = await asyncio.gather(asyncio.gather(instant("x"), instant("y")), instant("z"))
    print(nested)


asyncio.run(main())
