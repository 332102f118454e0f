# Semaphore(2) lets two tasks in at a time; the others wait in FIFO order. The maximum
# concurrency observed is exactly the semaphore's value.
import asyncio

active = 0
peak = 0


async def worker(name, sem, delay):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{name} enters (active={active})")
        await asyncio.sleep(delay)
        active -= 1
        print(f"{name} leaves")


async def main():
    sem = asyncio.Semaphore(2)
    print("locked at start:", sem.locked())
    await asyncio.gather(*(worker(f"w{i}", sem, 0.01 * (i % 3 + 1)) for i in range(6)))
    print("peak concurrency:", peak)
    await sem.acquire()
    await sem.acquire()
    print("locked when exhausted:", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("unbounded semaphore released past its start:", sem.locked())


asyncio.run(main())
