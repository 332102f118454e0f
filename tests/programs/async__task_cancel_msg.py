# Task.cancel(msg): the message travels in the CancelledError raised inside the task, and
# again from result()/await on the cancelled task.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel:", t.cancel("going home"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("await:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    u = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no message:", e.args)


asyncio.run(main())
