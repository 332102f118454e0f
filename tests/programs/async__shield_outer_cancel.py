# shield: cancelling the waiter does not cancel the shielded task, which finishes and keeps
# its result; the waiter gets CancelledError.
import asyncio


async def precious():
    await asyncio.sleep(0.02)
    print("precious work finished")
    return "saved"


async def waiter(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(precious())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", w.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
