# create_task schedules a coroutine for the next loop iteration; awaiting a coroutine
# directly runs it at once, in the caller's task, without yielding to the loop.
import asyncio

log = []


async def child(name):
    log.append(f"{name} start")
    await asyncio.sleep(0)
    log.append(f"{name} end")
    return name.upper()


async def main():
    t = asyncio.create_task(child("task"))
    log.append("after create_task")
    r = await child("direct")
    log.append(f"direct returned {r}")
    log.append(f"task done? {t.done()}")
    log.append(f"task result {await t}")
    for line in log:
        print(line)


asyncio.run(main())
