# sleep(0) yields exactly one loop iteration: three tasks interleave round-robin, and a task
# created in the middle joins the rotation at the end of the ready queue.
import asyncio


async def spinner(name, rounds, spawn=None):
    for i in range(rounds):
        print(f"{name}{i}")
        if spawn and i == 1:
            asyncio.create_task(spinner(spawn, 2))
            print(f"{name} spawned {spawn}")
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(spinner(n, 3, "x" if n == "b" else None)) for n in "abc"]
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
