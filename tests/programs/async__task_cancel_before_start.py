# A task cancelled before its first step never runs its body; one cancelled while it is
# suspended gets CancelledError at the await. cancel() returns False once it is done.
import asyncio


async def body(name):
    print(f"{name} started")
    try:
        await asyncio.sleep(1)
    finally:
        print(f"{name} finally")


async def main():
    t = asyncio.create_task(body("early"))
    print("cancel before start:", t.cancel())
    u = asyncio.create_task(body("late"))
    await asyncio.sleep(0)
    print("cancel while suspended:", u.cancel())
    for task in (t, u):
        try:
            await task
        except asyncio.CancelledError:
            pass
    print("cancelled:", t.cancelled(), u.cancelled())
    print("cancel when done:", t.cancel(), u.cancel())


asyncio.run(main())
