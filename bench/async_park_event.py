"""Memory per suspended task: N tasks (default 100,000; first argument) parked on one
Event; peak RSS is measured from outside. With N = 0 it gives the baseline to subtract."""
import asyncio
import sys


async def parked(ev, box):
    await ev.wait()
    box[0] += 1


async def main(n):
    ev = asyncio.Event()
    box = [0]
    tasks = [asyncio.create_task(parked(ev, box)) for _ in range(n)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    print("checksum", box[0])


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
