# Nested TaskGroups where an inner child fails: the inner group cancels its sibling and
# the inner body, the outer group then cancels the outer sibling; except* takes the nested
# group apart. Its stdout is CPython's (checked by running it under python3).
import asyncio


async def leaf(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(f"{name} done")


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("inner-ok", 0.1))
        tg.create_task(leaf("inner-bad", 0.2, fail=True))
        tg.create_task(leaf("inner-slow", 1))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(leaf("outer-slow", 2))
    except* ValueError as eg:
        print("caught", eg.exceptions)


asyncio.run(main())
