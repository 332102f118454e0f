# cancelling() counts pending cancel requests; uncancel() takes one back. A task that
# swallows a cancellation and calls uncancel() behaves as if it was never cancelled.
import asyncio


async def resilient():
    me = asyncio.current_task()
    for round in range(2):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print(f"round {round}: cancelling = {me.cancelling()}")
            print("uncancel ->", me.uncancel())
    return "survived"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    print("cancel 1:", t.cancel(), "cancelling:", t.cancelling())
    print("cancel 2:", t.cancel(), "cancelling:", t.cancelling())
    await asyncio.sleep(0)
    print("after one step:", t.cancelling())
    t.cancel()
    print("result:", await t, "cancelled:", t.cancelled())
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
