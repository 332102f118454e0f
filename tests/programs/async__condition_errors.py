# Condition misuse: wait or notify without holding the lock is a RuntimeError; a Condition
# can share a Lock passed in.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees the shared lock held:", shared.locked())
    print("released:", shared.locked())
    print("acquire via condition:", await shared.acquire(), lock.locked())
    shared.release()


asyncio.run(main())
