# timeout_at takes an absolute loop time. Misuse of a Timeout object raises RuntimeError
# with CPython's messages.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when() is the deadline:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")

    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(cm))


asyncio.run(main())
