# current_task inside tasks and callbacks; all_tasks lists the loop's unfinished tasks
# (including the current one); outside a running loop both raise RuntimeError.
import asyncio


async def worker(ev):
    me = asyncio.current_task()
    print("worker is", me.get_name())
    await ev.wait()


async def main():
    main_task = asyncio.current_task()
    print("main task name:", main_task.get_name() == main_task.get_name())
    ev = asyncio.Event()
    ws = [asyncio.create_task(worker(ev), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0)
    names = sorted(t.get_name() for t in asyncio.all_tasks() if t is not main_task)
    print("all_tasks besides main:", names, main_task in asyncio.all_tasks())
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("current_task in a callback:", asyncio.current_task()))
    ev.set()
    await asyncio.gather(*ws)
    print("after gather:", [t is main_task for t in asyncio.all_tasks()])


try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
