# Order of events around shield when the outer task is cancelled: the outer sees
# CancelledError at once, the shielded task runs on, and its done-callbacks still fire.
import asyncio


async def inner():
    print("inner start")
    await asyncio.sleep(0.01)
    print("inner end")
    return "inner result"


async def outer(t):
    print("outer awaits shield")
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("outer cancelled, inner done =", t.done())
        raise


async def main():
    t = asyncio.create_task(inner())
    t.add_done_callback(lambda f: print("inner callback:", f.result()))
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0)
    o.cancel()
    print("cancel requested")
    await asyncio.gather(o, return_exceptions=True)
    print("outer finished, cancelled =", o.cancelled())
    print(await t)


asyncio.run(main())
