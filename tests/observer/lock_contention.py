# Three tasks contend for one lock: each waits in Lock.acquire() and is woken in FIFO order
# when the holder releases it.
import asyncio


async def user(lock, hold):
    async with lock:
        await asyncio.sleep(hold)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, 0.1), user(lock, 0.2), user(lock, 0.1))


asyncio.run(main())
