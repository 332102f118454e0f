# add_done_callback / remove_done_callback on tasks: callbacks get the task, run in order,
# removal counts every registration of the same callable, and a callback added after the
# task is done still runs (soon, not immediately).
import asyncio


def report(tag):
    def cb(t):
        print(f"{tag}: done={t.done()} result={t.result()!r}")
    return cb


async def work():
    await asyncio.sleep(0)
    return "R"


async def main():
    t = asyncio.create_task(work())
    a, b = report("a"), report("b")
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(a)
    t.add_done_callback(report("c"))
    print("removed a:", t.remove_done_callback(a))
    print("removed a again:", t.remove_done_callback(a))
    await t
    await asyncio.sleep(0)
    t.add_done_callback(report("late"))
    print("late added")
    await asyncio.sleep(0)
    print("removed from done task:", t.remove_done_callback(b))


asyncio.run(main())
