# The state methods of a Task over its life, and the InvalidStateError messages of result()
# and exception() while it is still pending.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "answer"


async def fail():
    raise IndexError("nope")


async def main():
    t = asyncio.create_task(work())
    print("pending:", t.done(), t.cancelled())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("finished:", t.done(), t.cancelled(), t.result(), t.exception())
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("failed:", f.done(), f.cancelled(), repr(f.exception()))
    try:
        f.result()
    except IndexError as e:
        print("result() re-raises:", e)
    print("cancel a finished task:", t.cancel(), t.cancelled())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(asyncio.InvalidStateError.__mro__[1].__name__)


asyncio.run(main())
