# async with: __aenter__'s result is bound by `as`; __aexit__ gets the exception details and
# suppresses it by returning a true value; both may await.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress


async def main():
    async with Resource("a") as r:
        print("body with", r)
    async with Resource("b", suppress=True):
        raise KeyError("swallowed")
    print("after suppressed error")
    try:
        async with Resource("c") as c, Resource("d") as d:
            print("two managers", c, d)
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
