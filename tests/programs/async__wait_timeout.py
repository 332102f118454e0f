# wait(timeout=...) returns (done, pending) when the time is up, without raising and without
# cancelling the pending tasks; they can be waited for again.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("fast", 0.01), ("slow", 0.1)]]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print("after timeout:", [t.get_name() for t in done], [t.get_name() for t in pending])
    print("slow cancelled?", ts[1].cancelled())
    done, pending = await asyncio.wait(pending, timeout=1)
    print("second wait:", [t.result() for t in done], len(pending))
    f = asyncio.create_task(job("quick", 0))
    done, pending = await asyncio.wait([f], timeout=5, return_when=asyncio.ALL_COMPLETED)
    print("finished before timeout:", len(done), len(pending))


asyncio.run(main())
