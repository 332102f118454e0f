# TaskGroup misuse: create_task before entering, after the group finished, while it is
# shutting down after a failure; entering twice; names given with name=, and the default
# Task-N numbering that create_task still uses up.
import asyncio


async def noop(label="noop"):
    await asyncio.sleep(0.01)
    return label


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("failed")


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    async with tg:
        print(repr(tg))
        t = tg.create_task(noop("named"), name="worker")
        u = tg.create_task(noop())
        print(t.get_name(), u.get_name(), repr(tg))
    print(repr(tg), t.result(), u.result())
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    late = []
    try:
        async with asyncio.TaskGroup() as g2:
            g2.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled;", repr(g2))
                coro = noop()
                try:
                    g2.create_task(coro)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                    coro.close()
                raise
    except* ValueError as eg:
        print("group:", eg.exceptions)
    print(asyncio.create_task(noop()).get_name())


asyncio.run(main())
