# Lock: waiters acquire in FIFO order; without the lock, updates are lost.
import asyncio

balance = 0


async def unsafe_deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0)
    balance = current + amount


async def safe_deposit(lock, amount, log):
    global balance
    log.append(f"wait {amount}")
    async with lock:
        log.append(f"hold {amount}")
        current = balance
        await asyncio.sleep(0)
        balance = current + amount
    log.append(f"free {amount}")


async def main():
    global balance
    await asyncio.gather(*(unsafe_deposit(a) for a in [1, 2, 3, 4]))
    print("without lock:", balance, "(expected 10)")
    balance = 0
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(safe_deposit(lock, a, log) for a in [1, 2, 3, 4]))
    print("with lock:", balance)
    for line in log:
        print(" ", line)
    print("locked after:", lock.locked())
    await lock.acquire()
    print("locked now:", lock.locked())

    async def waiter():
        async with lock:
            print("waiter got the lock")

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("waiter blocked:", not t.done())
    lock.release()
    await t
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
