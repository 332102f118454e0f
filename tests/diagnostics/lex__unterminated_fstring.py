import asyncio

async def main():
    name = "weft"
    print(f"Hello, {name}!)

asyncio.run(main())
