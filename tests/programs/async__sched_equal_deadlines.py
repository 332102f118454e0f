# Timers with the same deadline: CPython keeps them in a heap ordered by deadline only, so
# ties do not fire in the order they were scheduled. weft must follow the same heap.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    for i in range(12):
        loop.call_at(now + 1, print, "timer", i)
    for i in range(5):
        loop.call_at(now + 0.5, print, "half", i)
    await asyncio.sleep(2)
    print("---")

    async def sleeper(i, d):
        await asyncio.sleep(d)
        print("sleeper", i)

    await asyncio.gather(*(sleeper(i, 0.25 * (i % 3)) for i in range(9)))


asyncio.run(main())
