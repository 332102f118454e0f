# weft-only: CPython waits forever here; weft stops with a RuntimeError naming each waiting task.
# Two tasks wait on each other's events; the uncaught report ends the program with status 1,
# after the output printed before the deadlock.
import asyncio


async def ping(mine, theirs):
    print("ping waits")
    await mine.wait()
    theirs.set()


async def pong(mine, theirs):
    print("pong waits")
    await mine.wait()
    theirs.set()


async def main():
    a, b = asyncio.Event(), asyncio.Event()
    await asyncio.gather(ping(a, b), pong(b, a))


asyncio.run(main())
