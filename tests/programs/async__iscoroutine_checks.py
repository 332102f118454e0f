# iscoroutine / iscoroutinefunction tell coroutine objects and async functions from the rest.
import asyncio


async def af():
    return 1


def plain():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


class C:
    async def method(self):
        return 2


async def main():
    c = af()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(af), asyncio.iscoroutine(1), asyncio.iscoroutine(gen()))
    print(asyncio.iscoroutine(agen()), asyncio.iscoroutine(asyncio.sleep(0)))
    print(asyncio.iscoroutinefunction(af), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(gen))
    print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(C.method), asyncio.iscoroutinefunction(C().method))
    print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutinefunction(None))
    t = asyncio.create_task(af())
    print("task is not a coroutine:", asyncio.iscoroutine(t))
    print(await c, await t)


asyncio.run(main())
