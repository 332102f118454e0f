# Awaiting something that is not awaitable raises TypeError with CPython's message; so does
# an __await__ that returns a non-iterator. A coroutine cannot be awaited twice.
import asyncio


class BadAwait:
    def __await__(self):
        return 5


class GoodAwait:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom result"


async def coro():
    return "once"


async def main():
    for value in (5, "text", None, [1]):
        try:
            await value
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    print(await GoodAwait())
    c = coro()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
