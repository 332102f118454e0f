# result() and exception() of a cancelled task raise CancelledError; awaiting it does too;
# gather with return_exceptions reports a CancelledError instance.
import asyncio


async def forever():
    await asyncio.Event().wait()


async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())
    for what, call in (("result", t.result), ("exception", t.exception)):
        try:
            call()
        except asyncio.CancelledError as e:
            print(what, "raised", type(e).__name__)
    [r] = await asyncio.gather(t, return_exceptions=True)
    print("gather gives", type(r).__name__)


asyncio.run(main())
