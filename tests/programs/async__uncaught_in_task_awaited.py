# An exception escaping the main coroutine through an awaited task ends asyncio.run with it:
# exit status 1, traceback on stderr, after the output printed so far.
import asyncio


async def deep():
    await asyncio.sleep(0)
    raise PermissionError("denied in task")


async def main():
    print("starting")
    t = asyncio.create_task(deep())
    await t
    print("never printed")


asyncio.run(main())
