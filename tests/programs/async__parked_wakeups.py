# Tasks parked on an Event / Queue / Lock: woken in order, cancelled at each point (before they
# run, while parked, after set() but before their wakeup ran), cancel messages, gather over the
# same pending task several times next to a done future and a custom awaitable.
import asyncio

order = []


async def parked(ev, name):
    try:
        await ev.wait()
        order.append(name)
        return name
    except asyncio.CancelledError as e:
        order.append(f"{name} cancelled {e.args}")
        raise


class Later:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "later"


async def getter(q, name):
    try:
        item = await q.get()
        order.append(f"{name} got {item}")
    except asyncio.CancelledError:
        order.append(f"{name} cancelled in get")
        raise


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(parked(ev, f"t{i}")) for i in range(6)]
    tasks[0].cancel("before it ran")
    await asyncio.sleep(0)
    tasks[1].cancel("while parked")
    ev.set()
    tasks[2].cancel("after set")
    tasks[3].cancel()
    print(repr(tasks[4])[:40])
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print([r.args for r in res if isinstance(r, BaseException)])
    print(order)
    for t in tasks:
        print(t.get_name().startswith("Task-"), t.cancelled(), t.done())
    for t in tasks[:4]:
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("result():", e.args)

    order.clear()
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, f"g{i}")) for i in range(4)]
    await asyncio.sleep(0)
    gs[1].cancel()
    q.put_nowait("a")
    q.put_nowait("b")
    gs[2].cancel()
    q.put_nowait("c")
    await asyncio.gather(*gs, return_exceptions=True)
    print(order, q.qsize())

    t = asyncio.create_task(parked(ev, "again"))
    f = asyncio.get_running_loop().create_future()
    f.set_result("done future")
    print(await asyncio.gather(t, f, t, f, Later(), t))
    t2 = asyncio.create_task(parked(ev, "plain"))
    print(await asyncio.gather(t2, t2, t2))

    lock = asyncio.Lock()
    await lock.acquire()
    ws = []

    async def locker(i):
        async with lock:
            ws.append(i)

    lts = [asyncio.create_task(locker(i)) for i in range(5)]
    await asyncio.sleep(0)
    lts[2].cancel()
    lock.release()
    await asyncio.gather(*lts, return_exceptions=True)
    print(ws, [t.cancelled() for t in lts])

    # A callback on a task: a done callback the runtime schedules and one Python code holds.
    seen = []
    t3 = asyncio.create_task(parked(ev, "cb"))
    t3.add_done_callback(lambda fut: seen.append(("done", fut.result())))
    h = asyncio.get_running_loop().call_soon(seen.append, "soon")
    h2 = asyncio.get_running_loop().call_soon(seen.append, "cancelled handle")
    h2.cancel()
    await t3
    await asyncio.sleep(0)
    print(seen, h.cancelled(), h2.cancelled())


asyncio.run(main())
