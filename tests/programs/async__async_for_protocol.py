# async for over a class with __aiter__/__anext__ (StopAsyncIteration ends the loop), with
# break/continue/else, and the TypeError for an object that is not async-iterable.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def main():
    async for i in Countdown(3):
        print("tick", i)
    else:
        print("else runs after exhaustion")
    async for i in Countdown(5):
        if i == 4:
            continue
        if i == 2:
            print("break at 2")
            break
        print("saw", i)
    else:
        print("not printed")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = Countdown(2)
    print(await anext(it), await anext(it), await anext(it, "default"))


asyncio.run(main())
