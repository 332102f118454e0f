# limits.py — Lock and Semaphore.
#
# Teaches: an `asyncio.Lock` lets one task at a time into a critical section,
# so a read-modify-write with an `await` in the middle stays correct. An
# `asyncio.Semaphore(2)` lets at most two tasks in at once; the others wait
# at `async with` until a slot frees up, in the order they arrived. Each
# fetch takes a different time, so slots free up in a fixed order.
import asyncio

counter = 0


async def add_one(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1


async def fetch(n, semaphore, active, peak):
    async with semaphore:
        active.append(n)
        peak[0] = max(peak[0], len(active))
        print(f"fetch {n} running, active={sorted(active)}")
        await asyncio.sleep(0.02 * (n + 1))
        active.remove(n)
    print(f"fetch {n} released its slot")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(add_one(lock) for _ in range(10)))
    print("counter with lock:", counter)

    semaphore = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(fetch(n, semaphore, active, peak) for n in range(5)))
    print("most fetches at once:", peak[0])


if __name__ == "__main__":
    asyncio.run(main())
