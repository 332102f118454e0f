# TaskGroup with several failing children: the first failure cancels the body and the
# siblings still running; children that fail in the same step all land in the group; the
# group's exceptions are in completion order.
import asyncio


async def child(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if error is not None:
        print(f"  {name} raising {error!r}")
        raise error
    print(f"  {name} done")
    return name


async def scenario(title, specs, body_delay=10):
    print(title)
    try:
        async with asyncio.TaskGroup() as tg:
            for spec in specs:
                tg.create_task(child(*spec))
            try:
                await asyncio.sleep(body_delay)
                print("  body finished sleeping")
            except asyncio.CancelledError:
                print("  body cancelled")
                raise
        print("  no error")
    except* ValueError as eg:
        print("  ValueErrors:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print("  TypeErrors:", [str(e) for e in eg.exceptions])
    print("  current task cancelling():", asyncio.current_task().cancelling())


async def main():
    await scenario("same step:", [("a", 0.1, ValueError("a")), ("b", 0.1, ValueError("b")), ("c", 0.1, TypeError("c"))])
    await scenario("staggered:", [("a", 0.3, ValueError("a")), ("b", 0.1, TypeError("b")), ("c", 0.2)])
    await scenario("error while the others are cancelled:", [("a", 0.1, ValueError("a")), ("slow", 5)])
    await scenario("body done first:", [("a", 0.2, ValueError("a")), ("b", 0.3)], body_delay=0.1)
    await scenario("all fine:", [("a", 0.1), ("b", 0.2)], body_delay=0.05)


asyncio.run(main())
