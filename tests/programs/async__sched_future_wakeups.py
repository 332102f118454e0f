# A future resolved from a callback wakes its waiters in the order they started waiting;
# the done callbacks run before the woken tasks' next steps are scheduled behind them.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(name, "got", value)
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback 1:", f.result()))
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    fut.add_done_callback(lambda f: print("done callback 2"))
    await asyncio.sleep(0)
    loop.call_later(0.5, fut.set_result, 42)
    print("results", await asyncio.gather(*tasks))
    late = loop.create_future()
    late.set_result("already")
    late.add_done_callback(lambda f: print("callback on a done future runs soon"))
    print("before yielding")
    await asyncio.sleep(0)
    print("after yielding")

    failing = loop.create_future()
    loop.call_soon(failing.set_exception, ValueError("boom"))
    try:
        await failing
    except ValueError as e:
        print("awaited exception:", e)
    print("exception():", repr(failing.exception()))


asyncio.run(main())
