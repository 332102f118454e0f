# as_completed with a timeout raises TimeoutError for the awaitables not done by then; an
# exception from one of them is raised when its turn comes.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    got = []
    try:
        for nxt in asyncio.as_completed([job("a", 0.01), job("b", 1), job("c", 0.02)], timeout=0.05):
            got.append(await nxt)
    except TimeoutError:
        print("timed out after", got)
    for nxt in asyncio.as_completed([job("x", 0.02), job("bad", 0.01, True)]):
        try:
            print("ok:", await nxt)
        except ValueError as e:
            print("failed:", e)
    try:
        asyncio.as_completed(asyncio.sleep(0))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
