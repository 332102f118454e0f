# join() waits until every item put has been marked with task_done(); task_done() called
# more times than items raises ValueError.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        print(f"{name} processed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [3, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("join returned, qsize:", q.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    await q.join()
    print("join on a finished queue returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
