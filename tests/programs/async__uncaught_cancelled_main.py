# A main coroutine that is cancelled (here it cancels itself) makes asyncio.run raise
# CancelledError: exit status 1.
import asyncio


async def main():
    print("main cancels itself")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(1)
    finally:
        print("finally in main")


asyncio.run(main())
