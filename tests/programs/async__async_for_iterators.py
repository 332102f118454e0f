# async for over class-based async iterators: __aiter__/__anext__, StopAsyncIteration ends
# the loop and runs else, break skips else, other exceptions propagate; awaits inside
# __anext__ interleave with other tasks.
import asyncio


class Ticker:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return f"{self.name}{self.i}"


class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken iterator")


async def consume(name, n):
    async for item in Ticker(name, n):
        print("got", item)
    else:
        print(name, "exhausted, else runs")


async def main():
    await asyncio.gather(consume("a", 3), consume("b", 2))
    async for item in Ticker("c", 5):
        if item == "c2":
            print("break at", item)
            break
    else:
        print("not printed")
    try:
        async for item in Broken():
            print("never")
    except ValueError as e:
        print("propagated:", e)
    try:
        async for item in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
