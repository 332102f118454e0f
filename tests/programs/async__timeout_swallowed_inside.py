# When the body catches the timeout's CancelledError and carries on, no TimeoutError comes
# out (the scope ends normally) but expired() still reports the deadline passed.
import asyncio


async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
    print("no exception; expired:", cm.expired())
    print("task.cancelling():", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("still running normally")


asyncio.run(main())
