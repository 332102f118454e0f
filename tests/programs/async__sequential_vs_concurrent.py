# The same three jobs awaited one by one, then as tasks: the log shows the interleaving.
import asyncio


async def job(name, log):
    log.append(f"{name} start")
    await asyncio.sleep(0)
    log.append(f"{name} middle")
    await asyncio.sleep(0)
    log.append(f"{name} end")


async def main():
    seq = []
    for name in "abc":
        await job(name, seq)
    print("sequential:", seq)
    con = []
    tasks = [asyncio.create_task(job(name, con)) for name in "abc"]
    for t in tasks:
        await t
    print("concurrent:", con)
    gathered = []
    await asyncio.gather(*(job(name, gathered) for name in "abc"))
    print("gathered:  ", gathered)
    print(con == gathered)


asyncio.run(main())
