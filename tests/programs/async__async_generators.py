# Async generators: async for, aclose, asend, athrow, async comprehensions.
import asyncio


async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0)
            yield n
            n -= 1
    finally:
        print(f"  countdown cleanup at n={n}")


async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"error {e}"


async def main():
    async for n in countdown(3):
        print("tick", n)
    print([n async for n in countdown(4) if n % 2 == 0])
    agen = countdown(5)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print("closed early")
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(await anext(countdown(0), "default"))
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    async for n in countdown(10):
        if n == 8:
            print("breaking out at", n)
            break
    await asyncio.sleep(0)
    print({x: x * x async for x in countdown(2)})


asyncio.run(main())
