# except* handlers in coroutines may await: the task suspends inside the handler and the
# matched part, the unmatched rest and re-raises survive the suspension.
import asyncio


async def fail_many():
    async with asyncio.TaskGroup() as tg:
        for i, exc in enumerate([ValueError("v1"), TypeError("t"), ValueError("v2"), KeyError("k")]):

            async def boom(exc=exc, i=i):
                await asyncio.sleep(0.01)
                raise exc

            tg.create_task(boom())


async def other(name):
    for i in range(3):
        await asyncio.sleep(0.01)
        print(f"  {name} tick {i}")


async def main():
    bg = asyncio.create_task(other("bg"))
    try:
        try:
            await fail_many()
        except* ValueError as eg:
            print("handling", [str(e) for e in eg.exceptions])
            await asyncio.sleep(0.02)
            print("ValueError handler resumes")
        except* TypeError:
            await asyncio.sleep(0)
            print("TypeError handler re-raises after an await")
            raise
    except ExceptionGroup as rest:
        print("outside:", rest.message, [repr(e) for e in rest.exceptions])
    await bg

    try:
        raise ExceptionGroup("last", [OSError("o")])
    except* OSError:
        await asyncio.sleep(0)
        raise RuntimeError("raised after awaiting in the handler")


asyncio.run(main())
