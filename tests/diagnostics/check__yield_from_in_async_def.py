import asyncio

async def relay(source):
    yield from source
