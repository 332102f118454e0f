# shield protects the inner task from cancellation of the outer await.
import asyncio


async def important(log, gate):
    log.append("important started")
    await gate.wait()
    log.append("important finished")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; the shielded task keeps going")
        raise


async def main():
    log, gate = [], asyncio.Event()
    inner = asyncio.create_task(important(log, gate))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    gate.set()
    print("inner result:", await inner)
    print(log)
    shielded = asyncio.shield(asyncio.sleep(0, result="direct"))
    print(await shielded)


asyncio.run(main())
