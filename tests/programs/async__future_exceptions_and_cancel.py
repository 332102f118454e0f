# Future.set_exception (an instance or a class), exception(), cancel(msg), and the two
# TypeErrors: StopIteration cannot be set, and non-exceptions are refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    print("exception():", repr(f.exception()))
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))
    g = loop.create_future()
    g.set_exception(ValueError)
    print("class instantiated:", repr(g.exception()))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    c = loop.create_future()
    print("cancel:", c.cancel(msg="because"), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print("await raises CancelledError", e.args)
    print("second cancel:", c.cancel())


asyncio.run(main())
