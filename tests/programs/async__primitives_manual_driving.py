# The primitives' coroutines driven by hand (send/throw/close), a task running Event.wait()
# itself, and Queue maxsize values that are not ints (compared as CPython compares them).
import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    c = lock.acquire()
    f = c.send(None)
    print(type(f).__name__, f.done(), repr(lock).split(" [")[1])
    c.close()
    print("after close:", repr(lock).split(" [")[1])
    ev = asyncio.Event()
    c = ev.wait()
    fut = c.send(None)
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(repr(ev).split(" [")[1])
    c2 = ev.wait()
    fut2 = c2.send(None)
    ev.set()
    try:
        c2.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(repr(ev).split(" [")[1])
    try:
        c2.send(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    q = asyncio.Queue()
    c = q.get()
    c.send(None)
    try:
        c.throw(ValueError("boom"))
    except ValueError as e:
        print("ValueError", e, str(q))
    t = asyncio.create_task(ev.wait())
    print(await t, t.get_coro().__qualname__ if hasattr(t.get_coro(), '__qualname__') else '')
    s = asyncio.Semaphore(0)
    async def w():
        async with s:
            print("in sem")
    tt = asyncio.create_task(w())
    await asyncio.sleep(0)
    print(repr(tt).split(" coro=")[0])
    s.release()
    await tt
    print(asyncio.Queue(maxsize=3), asyncio.LifoQueue(), asyncio.PriorityQueue(2.5).full())
    q = asyncio.Queue(2.5)
    for i in range(3): q.put_nowait(i)
    print(q.full(), q.qsize())
    q = asyncio.Queue(None)
    try:
        q.put_nowait(1)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
