# Timers fire by deadline, whatever order they were scheduled in; call_soon runs first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.03, log.append, "later 30ms")
    loop.call_later(0.01, log.append, "later 10ms")
    loop.call_soon(log.append, "soon 1")
    loop.call_later(0.02, log.append, "later 20ms")
    loop.call_soon(log.append, "soon 2")
    handle = loop.call_later(0.015, log.append, "cancelled timer")
    handle.cancel()
    loop.call_at(loop.time() + 0.025, log.append, "call_at 25ms")
    log.append("main before sleep")
    await asyncio.sleep(0.05)
    log.append("main after sleep")
    for entry in log:
        print(entry)
    print("handle cancelled:", handle.cancelled())

    async def sleeper(name, delay):
        await asyncio.sleep(delay)
        print("woke", name)

    await asyncio.gather(sleeper("c", 0.03), sleeper("a", 0.01), sleeper("b", 0.02), sleeper("zero", 0))


asyncio.run(main())
