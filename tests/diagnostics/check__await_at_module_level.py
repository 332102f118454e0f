import asyncio

async def fetch():
    await asyncio.sleep(0.1)
    return 42

result = await fetch()
print(result)
