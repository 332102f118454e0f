# If the inner coroutine swallows the cancellation wait_for sends at the timeout and returns a
# value, wait_for returns that value instead of raising TimeoutError (CPython 3.11).
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
        return "kept going"


async def main():
    r = await asyncio.wait_for(stubborn(), timeout=0.01)
    print("wait_for returned:", r)


asyncio.run(main())
