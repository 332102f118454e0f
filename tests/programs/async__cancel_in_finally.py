# Cleanup in finally runs on cancellation, and may itself await.
import asyncio


async def holder(name, log):
    log.append(f"{name} acquire")
    try:
        await asyncio.sleep(10)
    finally:
        log.append(f"{name} cleanup start")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup end")


async def main():
    log = []
    tasks = [asyncio.create_task(holder(n, log)) for n in "ab"]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for line in log:
        print(line)
    print([type(r).__name__ for r in results])

    async def cancel_during_cleanup():
        try:
            await asyncio.sleep(10)
        finally:
            print("first cleanup step")
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("cleanup was cancelled too")
                raise

    t = asyncio.create_task(cancel_during_cleanup())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task ended cancelled:", t.cancelled())


asyncio.run(main())
