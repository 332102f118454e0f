import asyncio

async def say_hello(name):
    await asyncio.sleep(0.1)
    print(f"Hello, {name}!")

def main():
    await say_hello("Alice")
    await say_hello("Bob")

asyncio.run(main())
