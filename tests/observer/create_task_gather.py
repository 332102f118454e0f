# create_task starts tasks in creation order on the next loop iteration; gather wraps
# coroutines in tasks in argument order and resumes its caller once the last child is done.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    first = asyncio.create_task(child("first", 0.2))
    results = await asyncio.gather(child("a", 0.1), child("b", 0), first)
    return results


asyncio.run(main())
