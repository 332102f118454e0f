# Timeout.reschedule moves the deadline of an active scope: further out, closer, to None
# (no deadline), or into the past (fires at the next iteration).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.02)
        print("survived past the first deadline")
    print("expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when() with no deadline:", cm.when())
        await asyncio.sleep(0.01)
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print("no deadline, expired:", cm.expired())

    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError right away, expired:", cm.expired())

    try:
        async with asyncio.timeout(None) as cm:
            loop.call_later(0.01, cm.reschedule, loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline set later by a callback fired")


asyncio.run(main())
