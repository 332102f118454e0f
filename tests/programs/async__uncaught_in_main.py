# An exception escaping main() ends asyncio.run with a traceback and exit status 1.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ConnectionError(f"server refused request {n}")
    return n * 2


async def main():
    for n in range(5):
        print("fetched", await fetch(n))


asyncio.run(main())
