# Cancelling the task that is inside wait_for cancels the inner awaitable too, and the
# CancelledError (not TimeoutError) reaches the outer task.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")


async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer got CancelledError")
        raise
    except TimeoutError:
        print("wrong: timeout")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees cancelled task:", t.cancelled(), e.args)


asyncio.run(main())
