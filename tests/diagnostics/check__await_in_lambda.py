import asyncio

async def double(x):
    return x * 2

async def main():
    handlers = [lambda x: await double(x)]
    print(handlers)
