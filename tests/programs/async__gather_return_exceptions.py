# gather(return_exceptions=True) puts exceptions (and CancelledError for a cancelled child)
# in the result list at the child's position instead of raising.
import asyncio


async def ok(v):
    await asyncio.sleep(0)
    return v


async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def forever():
    await asyncio.sleep(10)


async def main():
    victim = asyncio.create_task(forever())
    asyncio.get_running_loop().call_soon(victim.cancel)
    results = await asyncio.gather(ok(1), bad("boom"), victim, ok(2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r) if not isinstance(r, BaseException) else r.args)


asyncio.run(main())
