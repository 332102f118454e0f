# Nested TaskGroups: an inner failure becomes an ExceptionGroup inside the outer group's
# ExceptionGroup (nesting kept), the outer group cancels its other children, and except*
# reaches into the nested structure.
import asyncio


def show(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r}, [" + ", ".join(show(e) for e in g.exceptions) + "])"
    return repr(g)


async def leaf(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if error:
        raise error
    print(f"  {name} ok")
    return name


async def inner_group(name, specs):
    async with asyncio.TaskGroup() as tg:
        for spec in specs:
            tg.create_task(leaf(*spec))
    print(f"  inner {name} done")


async def main():
    print("inner failure:")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("A", [("a1", 0.1), ("a2", 0.2, ValueError("a2"))]))
            outer.create_task(leaf("sibling", 1))
    except ExceptionGroup as eg:
        print("  outer got:", show(eg))

    print("failures at both levels:")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group("B", [("b1", 0.1, KeyError("b1"))]))
            outer.create_task(leaf("c", 0.1, TypeError("c")))
    except* KeyError as eg:
        print("  KeyError part:", show(eg))
    except* TypeError as eg:
        print("  TypeError part:", show(eg))

    print("all succeed:")
    async with asyncio.TaskGroup() as outer:
        t1 = outer.create_task(inner_group("C", [("c1", 0.2), ("c2", 0.1)]))
        t2 = outer.create_task(leaf("d", 0.15))
    print("  results:", t1.result(), t2.result())

    print("body of the inner group raises:")
    try:
        async with asyncio.TaskGroup() as outer:

            async def raising_body():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(leaf("e", 1))
                    await asyncio.sleep(0.1)
                    raise OSError("inner body")

            outer.create_task(raising_body())
    except* OSError as eg:
        print("  OSError part:", show(eg))


asyncio.run(main())
