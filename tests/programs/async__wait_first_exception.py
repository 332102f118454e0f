# FIRST_EXCEPTION returns when any task raises; if none raises it waits for all. A cancelled
# task does not count as an exception.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(ts):
    return sorted(t.get_name() for t in ts)


async def main():
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("a", 0.01, False), ("b", 0.02, True), ("c", 0.05, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    print("b exception:", ts[1].exception())
    ts2 = [asyncio.create_task(job(n, d), name=n) for n, d in [("p", 0.01), ("q", 0.02)]]
    victim = asyncio.create_task(job("v", 1), name="v")
    victim.cancel()
    done, pending = await asyncio.wait(ts2 + [victim], return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all done:", names(done), "pending:", names(pending))
    await ts[2]


asyncio.run(main())
