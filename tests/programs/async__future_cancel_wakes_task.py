# Cancelling a task that awaits a future cancels that future too; cancelling the future
# directly makes the awaiting task get CancelledError (which it may catch).
import asyncio


async def wait_on(fut, name):
    try:
        await fut
    except asyncio.CancelledError:
        print(f"{name}: CancelledError, future cancelled = {fut.cancelled()}")
        return "handled"


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(wait_on(f1, "t1"))
    await asyncio.sleep(0)
    t1.cancel()
    print("t1 ->", await t1, "| t1.cancelled():", t1.cancelled())
    f2 = loop.create_future()
    t2 = asyncio.create_task(wait_on(f2, "t2"))
    await asyncio.sleep(0)
    f2.cancel()
    print("t2 ->", await t2)


asyncio.run(main())
