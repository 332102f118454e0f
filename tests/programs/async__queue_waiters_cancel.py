# Blocked putters and getters of a bounded Queue: FIFO wakeups, a waiting putter or getter
# cancelled before and after it was woken (the wakeup passes to the next), join() with
# several joiners, and the repr while tasks wait.
import asyncio


async def main():
    q = asyncio.Queue(1)
    await q.put("first")
    log = []

    async def putter(name, item):
        try:
            await q.put(item)
            log.append(f"{name} put {item}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise

    p1 = asyncio.create_task(putter("p1", "a"))
    p2 = asyncio.create_task(putter("p2", "b"))
    p3 = asyncio.create_task(putter("p3", "c"))
    await asyncio.sleep(0)
    print("waiting putters:", str(q))
    p2.cancel()  # cancelled while waiting
    await asyncio.sleep(0)
    print("after cancel:", str(q))
    print(await q.get())  # wakes p1
    p1.cancel()  # woken but cancelled before it ran: p3 must be woken instead
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, str(q))
    print(await q.get(), q.qsize(), q.empty())
    await asyncio.gather(p1, p2, p3, return_exceptions=True)
    print([t.cancelled() for t in (p1, p2, p3)])

    # Getters: FIFO, and a woken-but-cancelled getter passes the item on.
    q = asyncio.Queue()
    got = []

    async def getter(name):
        try:
            got.append((name, await q.get()))
        except asyncio.CancelledError:
            got.append((name, "cancelled"))
            raise

    g = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("waiting getters:", str(q))
    q.put_nowait(1)
    g[0].cancel()
    q.put_nowait(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(got, str(q))
    g[2].cancel()
    await asyncio.gather(*g, return_exceptions=True)
    print([t.cancelled() for t in g], str(q))

    # join() waits for task_done() of every item, for every joiner.
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)

    async def joiner(name):
        await q.join()
        print("  joined", name)

    j = [asyncio.create_task(joiner(n)) for n in "xy"]
    await asyncio.sleep(0)
    print("tasks pending:", str(q))
    for i in range(3):
        q.get_nowait()
        q.task_done()
        print("  task_done", i)
        await asyncio.sleep(0)
    await asyncio.gather(*j)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    await q.join()
    print("join on a finished queue returns at once")

    # A get() with a timeout leaves no getter behind.
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print("timed out;", str(q))
    q.put_nowait("after")
    print(await q.get())

    # Errors of the methods themselves.
    for call in (lambda: q.put_nowait(), lambda: q.get_nowait(1), lambda: asyncio.Queue(1, 2)):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    c = q.get()
    print(type(c).__name__, c.__qualname__)
    c.close()


asyncio.run(main())
