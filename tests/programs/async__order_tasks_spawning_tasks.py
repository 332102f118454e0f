# Tasks that create tasks: each new task goes to the back of the ready queue, so a tree of
# spawns runs breadth-first.
import asyncio

order = []


async def node(name, depth):
    order.append(name)
    if depth:
        kids = [asyncio.create_task(node(name + str(i), depth - 1)) for i in range(2)]
        await asyncio.gather(*kids)


async def main():
    await node("r", 3)
    print(" ".join(order))


asyncio.run(main())
