# asyncio.timeout: expiry cancels the body and raises TimeoutError outside the block.
import asyncio


async def work(seconds):
    try:
        await asyncio.sleep(seconds)
        return "finished"
    except asyncio.CancelledError:
        print(f"  work({seconds}) cancelled")
        raise


async def main():
    async with asyncio.timeout(0.5) as scope:
        print("fast:", await work(0.01))
    print("expired?", scope.expired())

    try:
        async with asyncio.timeout(0.01) as scope:
            await work(5)
        print("not reached")
    except TimeoutError:
        print("timed out; expired?", scope.expired())

    async with asyncio.timeout(None) as scope:
        print("no deadline:", scope.when())
        scope.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await work(5)
        except asyncio.CancelledError:
            print("  (inside the block it is a CancelledError)")
            raise
    print("unreachable")


async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled deadline hit, TimeoutError outside")
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.timeout(0.01):
                await work(5)
    except TimeoutError:
        print("inner timeout fired first")


asyncio.run(outer())
