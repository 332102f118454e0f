# wait_for with timeout <= 0 on something already done returns its result; otherwise it
# cancels and raises TimeoutError. Exceptions from the inner awaitable pass through.
import asyncio


async def quick():
    return "instant"


async def needs_a_step():
    await asyncio.sleep(0)
    return "stepped"


async def broken():
    await asyncio.sleep(0)
    raise ZeroDivisionError("inner")


async def main():
    done = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task, timeout 0:", await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(needs_a_step(), 0)
    except TimeoutError:
        print("pending, timeout 0: TimeoutError")
    try:
        await asyncio.wait_for(needs_a_step(), -1)
    except TimeoutError:
        print("negative timeout: TimeoutError")
    try:
        await asyncio.wait_for(broken(), 1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print("None timeout:", await asyncio.wait_for(needs_a_step(), None))


asyncio.run(main())
