import asyncio

async def main():
    print("start")
        await asyncio.sleep(0.1)
    print("end")
