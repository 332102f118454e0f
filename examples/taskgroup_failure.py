# taskgroup_failure.py — structured concurrency with TaskGroup and except*.
#
# Teaches: `async with asyncio.TaskGroup() as tg` waits for every task it
# started. When one child raises, the group cancels the others and raises an
# ExceptionGroup holding the failures; `except*` picks out exceptions by type.
import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} completed")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(worker("alpha", 0.01))
        second = tg.create_task(worker("beta", 0.02))
    print("all good:", first.result(), second.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.01))
            tg.create_task(worker("broken", 0.02, fail=True))
            tg.create_task(worker("slow", 0.5))
    except* ValueError as group:
        for exc in group.exceptions:
            print("caught:", repr(exc))
    except* TypeError:
        print("never printed: no TypeError was raised")
    print("main continues after the group")


if __name__ == "__main__":
    asyncio.run(main())
