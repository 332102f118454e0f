# ensure_future wraps a coroutine in a new Task, returns a Future or Task unchanged, and
# wraps any other awaitable.
import asyncio


async def coro():
    await asyncio.sleep(0)
    return "from coroutine"


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    print("task unchanged:", asyncio.ensure_future(t) is t)
    f = asyncio.get_running_loop().create_future()
    print("future unchanged:", asyncio.ensure_future(f) is f)
    f.set_result(None)
    w = asyncio.ensure_future(Awaitable())
    print(isinstance(w, asyncio.Future), await w)


asyncio.run(main())
