# When a task finishes, its done-callbacks run in registration order through call_soon.
# A task awaiting it is woken by a callback too, registered when it started waiting.
import asyncio


async def worker():
    await asyncio.sleep(0)
    print("worker returns")
    return 42


async def waiter(name, task):
    print(f"{name} waits")
    r = await task
    print(f"{name} woke with {r}")


async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    w1 = asyncio.create_task(waiter("w1", t))
    t.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    await asyncio.sleep(0)
    w2 = asyncio.create_task(waiter("w2", t))
    t.add_done_callback(lambda f: print("callback 3"))
    await asyncio.gather(w1, w2)
    print("main done")


asyncio.run(main())
