import asyncio

async def square(n):
    return n * n

def squares():
    return [await square(n) for n in range(3)]
