# async_iteration.py — async generators, async for and async with.
#
# Teaches: an `async def` containing `yield` is an async generator; `async for`
# awaits each item. A class with `__aenter__`/`__aexit__` is an async context
# manager used with `async with`; `__aexit__` runs even when the body raises.
# Async comprehensions collect from an async generator in one expression.
import asyncio


async def ticker(limit):
    for i in range(limit):
        await asyncio.sleep(0.005)
        yield i


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return False


async def main():
    async for tick in ticker(3):
        print("tick", tick)

    squares = [t * t async for t in ticker(5) if t % 2 == 0]
    print("even squares:", squares)

    async with Session("db") as session:
        print("using", session.name)

    try:
        async with Session("file"):
            raise KeyError("missing")
    except KeyError as exc:
        print("body raised", repr(exc))


if __name__ == "__main__":
    asyncio.run(main())
