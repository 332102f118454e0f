# wait(return_when=FIRST_COMPLETED) returns as soon as one finishes; the rest stay pending
# and keep running (wait never cancels anything).
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("then:", sorted(t.get_name() for t in done), "left:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("finally:", sorted(t.result() for t in done), len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
