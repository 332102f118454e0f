# CancelledError is a BaseException, not an Exception: `except Exception` does not catch it,
# so a broad handler does not swallow cancellation by accident.
import asyncio


async def careless():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never printed")
    return "finished"


async def main():
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.CancelledError.__mro__[1].__name__)
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("wrong handler")
    except asyncio.CancelledError:
        print("CancelledError went past except Exception")
    e = asyncio.CancelledError("m")
    print(repr(e), str(e))


asyncio.run(main())
