import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    return "done"
