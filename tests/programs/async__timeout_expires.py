# asyncio.timeout: the body is cancelled at the deadline, the CancelledError becomes
# TimeoutError at the `async with`, and expired() tells afterwards what happened.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside, expired:", cm.expired())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError raised; cause:", type(e.__cause__).__name__)
    print("expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(1) as ok:
        await asyncio.sleep(0.01)
    print("finished in time, expired:", ok.expired(), repr(ok))
    print("task cancelling count back to", asyncio.current_task().cancelling())


asyncio.run(main())
