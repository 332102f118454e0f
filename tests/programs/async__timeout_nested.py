# Nested timeouts: the one that expires raises TimeoutError at its own `async with`; the
# other scope sees it as an ordinary exception (or not at all, if caught inside).
import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timed out; inner.expired =", inner.expired(), "outer.expired =", outer.expired())
            await asyncio.sleep(0.01)
            print("outer body continues")
    except TimeoutError:
        print("wrong")
    print("outer expired:", outer.expired())

    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer timed out; inner.expired =", inner.expired(), "outer.expired =", outer.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
