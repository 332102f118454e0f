# wait_for: result, timeout (cancels the inner task), and passing exceptions through.
import asyncio


async def slow(value, seconds):
    try:
        await asyncio.sleep(seconds)
        return value
    finally:
        print(f"  slow({value!r}) exiting")


async def failing():
    await asyncio.sleep(0)
    raise LookupError("inner failure")


async def main():
    print("result:", await asyncio.wait_for(slow("quick", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("late", 5), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError:", type(e).__name__)
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except LookupError as e:
        print("passed through:", e)
    print("no timeout:", await asyncio.wait_for(slow("none", 0), timeout=None))
    task = asyncio.create_task(slow("task", 5))
    try:
        await asyncio.wait_for(task, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", task.cancelled())


asyncio.run(main())
