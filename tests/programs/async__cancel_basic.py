# cancel() throws CancelledError into the task at its current await.
import asyncio


async def sleeper(name):
    print(f"{name}: going to sleep")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: got CancelledError")
        raise
    print(f"{name}: never reached")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: swallowing the cancellation")
    return "stubborn result"


async def main():
    task = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print("cancel returns", task.cancel())
    print("cancelling() =", task.cancelling(), "done:", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: awaiting a cancelled task raises CancelledError")
    print("cancelled:", task.cancelled(), "cancel again:", task.cancel())

    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t2.cancel()
    print("stubborn result:", await t2, "cancelled:", t2.cancelled())

    t3 = asyncio.create_task(sleeper("t3"))
    t3.cancel("with a message")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print("t3 never started, so its body printed nothing")


asyncio.run(main())
