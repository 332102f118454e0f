# timeouts.py — giving up on slow work, and cleaning up when cancelled.
#
# Teaches: `asyncio.timeout(delay)` (3.11) and `asyncio.wait_for(aw, delay)`
# cancel the inner work when time runs out and raise TimeoutError in the
# caller. Cancellation arrives inside the slow coroutine as CancelledError at
# its `await`, so its `finally` block runs and can release resources.
import asyncio


async def slow_download(name, seconds):
    print(f"{name}: started")
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: finished")
        return f"{name} data"
    except asyncio.CancelledError:
        print(f"{name}: cancelled while waiting")
        raise
    finally:
        print(f"{name}: closing connection")


async def main():
    try:
        async with asyncio.timeout(0.02):
            await slow_download("first", 1)
    except TimeoutError:
        print("asyncio.timeout: gave up on first")

    try:
        await asyncio.wait_for(slow_download("second", 1), timeout=0.02)
    except TimeoutError:
        print("wait_for: gave up on second")

    data = await asyncio.wait_for(slow_download("third", 0.01), timeout=0.5)
    print("wait_for returned:", data)


if __name__ == "__main__":
    asyncio.run(main())
