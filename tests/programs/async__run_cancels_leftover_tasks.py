# When the main coroutine returns, asyncio.run cancels the tasks still pending and lets them
# run their cleanup before it returns.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled by asyncio.run")
        await asyncio.sleep(0)
        print(f"{name} cleanup done")
        raise


async def main():
    for n in ("bg1", "bg2"):
        asyncio.create_task(background(n))
    await asyncio.sleep(0)
    print("main returns")
    return "result"


print(asyncio.run(main()))
print("after run")
