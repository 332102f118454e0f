# wait_for when the inner task finishes in the same iteration as the timeout would fire:
# the result wins. Also a done task passed to wait_for just gives its result.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return f"slept {d}"


async def main():
    print(await asyncio.wait_for(job(0.01), timeout=0.05))
    t = asyncio.create_task(job(0))
    await asyncio.sleep(0.01)
    print("already done:", await asyncio.wait_for(t, timeout=0.01))
    results = []
    for d in (0, 0.01, 0.1):
        try:
            results.append(await asyncio.wait_for(job(d), timeout=0.05))
        except TimeoutError:
            results.append("timeout")
    print(results)


asyncio.run(main())
