# An exception raised in a task is stored; awaiting the task (or calling result/exception)
# retrieves it: always the same exception object.
import asyncio


async def faulty(n):
    await asyncio.sleep(0)
    return 10 // n


async def main():
    t = asyncio.create_task(faulty(0))
    await asyncio.sleep(0.01)
    print("done:", t.done())
    e = t.exception()
    print(type(e).__name__, e)
    print("exception() again is the same object:", t.exception() is e)
    try:
        await t
    except ZeroDivisionError as again:
        print("await raises the same object:", again is e)


asyncio.run(main())
