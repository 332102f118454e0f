# The order of steps around a TaskGroup, which CPython fixes: children start after the
# body yields, in creation order; a child created late starts after the ones before it;
# __aexit__ resumes one loop step after the last child finishes; done callbacks added by
# the program run after the group's own; a failure cancels the body at its next await.
import asyncio

log = []


def say(msg):
    log.append(msg)
    print(msg)


async def child(name, steps, fail=False):
    say(f"{name} start")
    for i in range(steps):
        await asyncio.sleep(0)
        say(f"{name} step {i}")
    if fail:
        say(f"{name} fails")
        raise ValueError(name)
    say(f"{name} end")
    return name


async def ticker(n):
    for i in range(n):
        say(f"ticker {i}")
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker(8))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 2))
        say("body after create a")
        b = tg.create_task(child("b", 0))
        a.add_done_callback(lambda t: say(f"callback: a done -> {t.result()}"))
        await asyncio.sleep(0)
        say("body after one sleep(0)")
        tg.create_task(child("c", 1))
        say("body leaves")
    say("after the group")
    await tick

    say("--- failure")
    tick = asyncio.create_task(ticker(6))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 1, fail=True))
            tg.create_task(child("y", 3))
            for i in range(5):
                say(f"body await {i}")
                await asyncio.sleep(0)
    except* ValueError as eg:
        say(f"caught {eg.exceptions!r}")
    await tick


asyncio.run(main())
