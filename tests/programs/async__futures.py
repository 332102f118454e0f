# Futures: set_result/set_exception, awaiting, cancel, and their states.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    loop.call_later(0.01, fut.set_result, 42)
    print("awaited:", await fut, "done:", fut.done(), "result:", fut.result())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    bad = loop.create_future()
    bad.set_exception(ValueError("stored"))
    try:
        await bad
    except ValueError as e:
        print("raised from future:", e, "| exception():", repr(bad.exception()))
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending.cancel()
    print("cancelled:", pending.cancelled())
    try:
        pending.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")

    async def resolve_later(f):
        await asyncio.sleep(0)
        print("resolver running")
        f.set_result("from another task")

    f2 = loop.create_future()
    asyncio.create_task(resolve_later(f2))
    print("waiting on f2")
    print(await f2)


asyncio.run(main())
