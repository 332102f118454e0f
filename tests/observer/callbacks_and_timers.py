# Loop callbacks and timers as events: call_soon and call_later callbacks run (a cancelled
# timer never fires), a done callback runs after its task, a timeout's timer is cancelled when
# the awaited task finishes first, and a coroutine dropped unawaited is a warning.
import asyncio


def note(*args):
    pass


async def quick():
    await asyncio.sleep(0.1)
    return "quick"


async def never():
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "soon")
    loop.call_later(0.2, note, "later")
    loop.call_later(0.3, note, "cancelled").cancel()
    task = asyncio.create_task(quick())
    task.add_done_callback(note)
    await asyncio.wait_for(task, 1)
    never()
    await asyncio.sleep(0.2)


asyncio.run(main())
