# Due timers join the ready queue only at the start of an iteration, after the callbacks that
# were already ready: a sleep(0) loop keeps running alongside expiring timers.
import asyncio


async def spinner():
    for i in range(4):
        print("spin", i)
        await asyncio.sleep(0)


async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    await asyncio.gather(sleeper("zero", 0), spinner(), sleeper("short", 0.001))


asyncio.run(main())
