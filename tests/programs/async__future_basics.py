# A Future from loop.create_future: awaiting it suspends until someone sets the result;
# result(), done(), callbacks, and awaiting it again after it is done.
import asyncio


async def setter(fut):
    await asyncio.sleep(0.01)
    print("setting the result")
    fut.set_result({"answer": 42})


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.done(), fut.cancelled())
    print("same loop:", fut.get_loop() is loop)
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    asyncio.create_task(setter(fut))
    print("awaited:", await fut)
    print("again:", await fut, fut.result() is fut.result())
    f2 = asyncio.Future()
    loop.call_later(0.01, f2.set_result, "via Future()")
    print(await f2)


asyncio.run(main())
