# Lock and Semaphore waiters cancelled while waiting and after being woken: the lock stays
# fair (FIFO) and no wakeup is lost; locked() ignores cancelled waiters; `async with` gives
# None; a subclass's own acquire/release are what `async with` calls.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def user(name):
        try:
            async with lock as got:
                order.append((name, got))
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            order.append((name, "cancelled"))
            raise

    await lock.acquire()
    tasks = {n: asyncio.create_task(user(n)) for n in "abcd"}
    await asyncio.sleep(0)
    print(repr(lock).split(" [")[1])
    tasks["b"].cancel()  # cancelled while waiting
    await asyncio.sleep(0)
    print(repr(lock).split(" [")[1])
    lock.release()  # wakes a
    tasks["a"].cancel()  # woken but cancelled: c must get the lock
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(order, lock.locked())

    # A lock whose only waiters are cancelled can be taken at once.
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("locked:", lock.locked(), "waiters left:", repr(lock).split(" [")[1])
    print("acquire:", await lock.acquire())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    # Semaphore: a waiter handed a slot but cancelled gives it to the next waiter.
    sem = asyncio.Semaphore(1)
    got = []

    async def worker(name):
        try:
            async with sem:
                got.append(name)
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            got.append(name + " cancelled")
            raise

    await sem.acquire()
    ws = [asyncio.create_task(worker(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print(repr(sem).split(" [")[1], sem.locked())
    sem.release()  # hands the slot to w1
    ws[0].cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(got, repr(sem).split(" [")[1])

    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    for bad in (-1, "x"):
        try:
            asyncio.Semaphore(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    class LoudLock(asyncio.Lock):
        async def acquire(self):
            print("  LoudLock.acquire")
            return await super().acquire()

        def release(self):
            print("  LoudLock.release")
            super().release()

    loud = LoudLock()
    async with loud as got:
        print("  inside, got", got, loud.locked())
    print("after:", loud.locked())

    ev = asyncio.Event()
    c = ev.wait()
    print(c.__qualname__, type(c).__name__)
    c.close()
    for c in (lock.acquire(), sem.acquire(), lock.__aenter__(), lock.__aexit__(None, None, None)):
        print(c.__qualname__)
        c.close()


asyncio.run(main())
