# gather wraps each coroutine in a task in argument order; the tasks start in that order,
# finish in the order their sleeps end, and the result list keeps argument order.
import asyncio


async def work(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"finish {name}")
    return f"{name}:{delay}"


async def main():
    results = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02), work("d", 0))
    print(results)


asyncio.run(main())
