# Exceptions in tasks nobody awaits do not stop the loop or other tasks; the program goes on
# and the task keeps the exception for later retrieval.
import asyncio


async def crash(n):
    await asyncio.sleep(0)
    raise ArithmeticError(f"crash {n}")


async def steady():
    for i in range(3):
        await asyncio.sleep(0)
        print("steady", i)
    return "steady done"


async def main():
    crashes = [asyncio.create_task(crash(i)) for i in range(2)]
    print(await steady())
    print([str(t.exception()) for t in crashes])


asyncio.run(main())
