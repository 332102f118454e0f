# Done callbacks are scheduled with call_soon when the task finishes, in the order added.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    print(f"compute({x}) returning")
    return x * 10


def report(label):
    def callback(task):
        status = "cancelled" if task.cancelled() else task.result()
        print(f"callback {label}: {status}")
    return callback


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(compute(4))
    task.add_done_callback(report("first"))
    task.add_done_callback(report("second"))
    loop.call_soon(print, "call_soon scheduled before the task ran")
    result = await task
    print("main got", result)
    task.add_done_callback(report("late"))
    await asyncio.sleep(0)
    print("late callback ran after one turn")

    removable = asyncio.create_task(compute(5))
    cb = report("removed")
    removable.add_done_callback(cb)
    print("removed callbacks:", removable.remove_done_callback(cb))
    await removable

    doomed = asyncio.create_task(compute(6))
    doomed.add_done_callback(report("doomed"))
    doomed.cancel()
    try:
        await doomed
    except asyncio.CancelledError:
        print("doomed was cancelled before it started")

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("future callback:", f.result()))
    loop.call_soon(fut.set_result, "value")
    print("awaiting future:", await fut)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
