# shield: cancelling the outer await (here through wait_for's timeout) leaves the inner
# task running to completion.
import asyncio


async def precious():
    await asyncio.sleep(1)
    return "kept"


async def main():
    inner = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.5)
    except TimeoutError:
        pass
    return await inner


asyncio.run(main())
