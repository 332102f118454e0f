# The reprs of futures, queues and synchronisation primitives show their state (addresses
# are cut off: they differ from run to run).
import asyncio


def state(obj):
    r = repr(obj)
    return r[: r.index(" at 0x")] + " ..." + r[r.index(" [") :] if " [" in r else r


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))

    q = asyncio.Queue(3)
    print(str(q))
    q.put_nowait("a")
    q.put_nowait("b")
    q.get_nowait()
    print(str(q), repr(q).startswith("<Queue at 0x"))
    getter_q = asyncio.Queue()
    t = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    print(str(getter_q))
    t.cancel()
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))

    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(state(ev))
    ev.set()
    print(state(ev))
    sem = asyncio.Semaphore(2)
    print(state(sem))
    await sem.acquire()
    await sem.acquire()
    print(state(sem))
    cond = asyncio.Condition()
    print(state(cond))
    b = asyncio.Barrier(3)
    print(state(b))
    await b.abort()
    print(state(b))


asyncio.run(main())
