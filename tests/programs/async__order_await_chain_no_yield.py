# Awaiting a chain of coroutines that never suspend runs them all within one step: another
# task scheduled meanwhile only gets to run when the chain reaches a real suspension.
import asyncio


async def level(n):
    if n == 0:
        print("bottom reached")
        return 0
    r = await level(n - 1)
    return r + n


async def other():
    print("other task runs")


async def main():
    asyncio.create_task(other())
    total = await level(50)
    print("chain total", total)
    await asyncio.sleep(0)
    print("after yield")


asyncio.run(main())
