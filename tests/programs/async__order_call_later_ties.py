# Timers fire by deadline; equal deadlines fire in insertion order. A cancelled timer never
# fires, and a timer with delay 0 still waits for the next iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    for name in ["t1", "t2", "t3"]:
        loop.call_at(now + 0.02, fired.append, name)
    loop.call_at(now + 0.01, fired.append, "early")
    h = loop.call_at(now + 0.01, fired.append, "cancelled")
    loop.call_later(0, fired.append, "zero")
    loop.call_soon(fired.append, "soon")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("handle deadline is what we asked:", h.when() == now + 0.01)
    await asyncio.sleep(0.05)
    print(fired)


asyncio.run(main())
