# InvalidStateError: setting a done future, reading a pending one. The messages match CPython.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(ValueError("x"))
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("cancel a done future:", f.cancel(), f.result())
    g = loop.create_future()
    g.cancel()
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError on cancelled:", e)
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
