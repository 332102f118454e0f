# notify(n) wakes the first n waiters in FIFO order; notify_all wakes the rest. Each woken
# waiter re-acquires the lock before wait() returns, one at a time.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(f"{name} waiting")
        await cond.wait()
        print(f"{name} woke holding the lock: {cond.locked()}")
        await asyncio.sleep(0)
    print(f"{name} released")


async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("--- notify_all")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)


asyncio.run(main())
