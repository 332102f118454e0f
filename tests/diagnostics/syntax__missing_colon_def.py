import asyncio

async def say_hello(name)
    await asyncio.sleep(1)
    print(f"Hello, {name}!")
