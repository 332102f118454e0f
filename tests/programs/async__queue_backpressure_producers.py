# A bounded queue makes producers wait: with maxsize 2 and a slow consumer, puts resume one
# at a time in the order the producers started waiting.
import asyncio


async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"{name} put {name}{i} (qsize {q.qsize()})")
    print(f"{name} finished")


async def consumer(q, n):
    for _ in range(n):
        await asyncio.sleep(0.01)
        item = q.get_nowait()
        print(f"  got {item}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer("a", q, 3), producer("b", q, 3), consumer(q, 6))
    print("empty at the end:", q.empty())


asyncio.run(main())
