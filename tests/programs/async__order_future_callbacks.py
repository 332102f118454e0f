# set_result does not run done-callbacks immediately: it schedules each with call_soon, in
# registration order, so they run after the code that set the result continues.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print(f"callback {i}: {f.result()}"))
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result("value")
    print("set_result returned; done =", fut.done())
    loop.call_soon(print, "call_soon after set_result")
    await asyncio.sleep(0)
    print("main resumed")
    fut.add_done_callback(lambda f: print("late callback"))
    print("late callback registered")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
