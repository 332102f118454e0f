# `await` of a primitive's coroutine that finishes at once (Queue.put with room, Queue.get
# with an item, Lock.acquire on a free lock, Event.wait on a set event, Queue.join with
# nothing unfinished), next to the same coroutines made without an await right after them:
# kept to run later, awaited twice, handed to create_task/gather/wait_for, subclasses,
# unbound and keyword calls, and a task cancelling itself before an immediate put.
import asyncio


class LoudQueue(asyncio.Queue):
    async def put(self, item):
        print("LoudQueue.put", item)
        await super().put(item)

    async def get(self):
        item = await super().get()
        print("LoudQueue.get", item)
        return item


class NowaitQueue(asyncio.Queue):
    def put_nowait(self, item):
        print("put_nowait", item)
        super().put_nowait(item * 10)


async def kept_for_later():
    q = asyncio.Queue(1)
    c = q.put("a")
    print("made, not run:", q.qsize())
    q.put_nowait("b")

    async def drain():
        print("drain got", await q.get())

    t = asyncio.create_task(drain())
    await c
    print("after await c:", q.qsize(), q.get_nowait())
    await t
    q.put_nowait("c")
    g = q.get()
    try:
        await g
        print("awaited once")
        await g
    except RuntimeError as e:
        print("RuntimeError", e)


async def handed_over():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await q.put(1)
    print("task got", await t)
    print("gather", await asyncio.gather(q.put(2), q.put(3), q.get(), q.get()))
    await q.put(4)
    print("wait_for", await asyncio.wait_for(q.get(), 1))
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out, qsize", q.qsize())
    coros = [q.put(i) for i in range(3)]
    for c in coros:
        print("put gives", await c)
    print("unbound", await asyncio.Queue.put(q, 9), q.qsize())
    print("keyword", await q.put(item=10), q.qsize())
    print([await q.get() for _ in range(q.qsize())])


async def subclasses():
    q = LoudQueue()
    await q.put(5)
    print("got", await q.get())
    n = NowaitQueue(2)
    await n.put(1)
    await n.put(2)
    print("NowaitQueue", await n.get(), await n.get(), n.empty())
    lifo = asyncio.LifoQueue(3)
    for i in range(3):
        await lifo.put(i)
    print("lifo", [await lifo.get() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        await pq.put(i)
    print("priority", [await pq.get() for _ in range(3)])


async def locks_and_events():
    lock = asyncio.Lock()
    print("acquire", await lock.acquire(), lock.locked())
    lock.release()
    sem = asyncio.Semaphore(2)
    print("sem", await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    ev = asyncio.Event()
    ev.set()
    print("wait", await ev.wait())
    q = asyncio.Queue()
    print("join", await q.join())
    await q.put(1)
    q.get_nowait()
    q.task_done()
    print("join after task_done", await q.join())


async def self_cancelled(q, log):
    asyncio.current_task().cancel()
    await q.put("x")
    log.append(("put done", q.qsize()))
    item = await q.get()
    log.append(("get done", item))
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("cancelled at the sleep")
        raise


async def cancelled_after_immediate_put():
    q = asyncio.Queue()
    log = []
    t = asyncio.create_task(self_cancelled(q, log))
    try:
        await t
    except asyncio.CancelledError:
        log.append("task cancelled")
    print(log, t.cancelled(), q.qsize())


async def keywords():
    q = asyncio.Queue()
    calls = [
        lambda: q.put(1, item=2),
        lambda: q.put(x=2),
        lambda: q.put(),
        lambda: q.put(1, 2),
        lambda: asyncio.Queue(3, maxsize=3),
        lambda: asyncio.Semaphore(value=2, x=1),
    ]
    for call in calls:
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
    print(asyncio.Semaphore(value=3).locked(), asyncio.Queue(maxsize=1).maxsize)


async def main():
    await keywords()
    await kept_for_later()
    await handed_over()
    await subclasses()
    await locks_and_events()
    await cancelled_after_immediate_put()


asyncio.run(main())
