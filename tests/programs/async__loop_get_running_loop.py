# get_running_loop / get_event_loop inside a coroutine give the same running loop; outside
# one, get_running_loop raises RuntimeError. Each asyncio.run makes a fresh loop.
import asyncio

loops = []


async def main():
    loop = asyncio.get_running_loop()
    print("same loop:", loop is asyncio.get_event_loop(), loop.is_running())
    loops.append(loop)

    async def inner():
        return asyncio.get_running_loop() is loop

    print("inner task sees it:", await asyncio.create_task(inner()))


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
asyncio.run(main())
print("fresh loop per run:", loops[0] is not loops[1])
print("loop stopped:", loops[0].is_running())
