# TaskGroup: a failing child cancels its siblings; failures arrive as an ExceptionGroup.
import asyncio


async def child(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
        if error:
            raise error
        print(f"{name} ok")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.01))
            tg.create_task(child("b", 0.02, ValueError("b broke")))
            tg.create_task(child("c", 0.5, TypeError("c broke")))
            tg.create_task(child("d", 1))
        print("not reached")
    except ExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0, KeyError("x")))
            tg.create_task(child("y", 0, IndexError("y")))
    except* KeyError as g:
        print("KeyError part:", [repr(e) for e in g.exceptions])
    except* IndexError as g:
        print("IndexError part:", [repr(e) for e in g.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("inner", 1))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except* RuntimeError as g:
        print("body error:", g.exceptions)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(f"t{i}", 0.01 * (3 - i))) for i in range(3)]
    print("all results:", [t.result() for t in tasks])


asyncio.run(main())
