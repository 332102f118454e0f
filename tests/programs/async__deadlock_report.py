# weft-only: CPython waits forever here; weft stops with a RuntimeError naming each waiting task.
# Every task waits on something nobody will ever set: a queue nobody fills, an event nobody
# sets, a lock its holder never releases, a future nobody resolves, and main on a gather of
# them. The report is caught and printed, and the same program deadlocks again in a second
# asyncio.run, so the report is made per loop.
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("consumer got", item)


async def waiter(ev):
    await ev.wait()


async def locker(lock):
    async with lock:
        print("never")


async def lonely():
    await asyncio.get_running_loop().create_future()


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [
        asyncio.create_task(consumer(q), name="consumer"),
        asyncio.create_task(waiter(ev)),
        asyncio.create_task(locker(lock)),
        asyncio.create_task(lonely()),
    ]
    await q.put(1)
    await asyncio.gather(*tasks)


for attempt in range(2):
    try:
        asyncio.run(main())
    except RuntimeError as e:
        print(f"attempt {attempt}: {e}")
