# Condition.wait_for re-checks its predicate each time the condition is notified, and holds
# the lock when it returns.
import asyncio


async def consumer(name, cond, box):
    async with cond:
        print(f"{name} waits for 3 items")
        result = await cond.wait_for(lambda: len(box) >= 3)
        print(f"{name} sees {box} (predicate gave {result}), lock held: {cond.locked()}")
        box.clear()


async def producer(cond, box):
    for i in range(4):
        await asyncio.sleep(0.01)
        async with cond:
            box.append(i)
            print("produced", i)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(consumer("c", cond, box), producer(cond, box))
    print("left:", box)


asyncio.run(main())
