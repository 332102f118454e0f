# Async generators: async for drives them, __anext__/anext, asend, athrow, aclose (finally runs).
import asyncio
async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0.1)
            yield n
            n -= 1
    finally:
        print("countdown finally")
async def main():
    async for x in countdown(3):
        print(x)
    g = countdown(5)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stopped")
    async def echo():
        v = yield "ready"
        while True:
            v = yield f"echo {v}"
    e = echo()
    print(await e.asend(None), await e.asend(1), await e.asend(2))
    try:
        await e.athrow(ValueError("boom"))
    except ValueError as ex:
        print("athrow raised", ex)
    print(type(e).__name__)
asyncio.run(main())
