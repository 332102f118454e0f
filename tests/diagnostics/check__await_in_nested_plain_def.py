import asyncio

async def main():
    def helper():
        await asyncio.sleep(0)
    helper()

asyncio.run(main())
