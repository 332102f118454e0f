# The exception a task stores keeps its traceback: walking it from the task's exception()
# reaches the frame of the coroutine that raised.
import asyncio


async def faulty(n):
    await asyncio.sleep(0)
    return 10 // n


async def main():
    t = asyncio.create_task(faulty(0))
    await asyncio.sleep(0.01)
    e = t.exception()
    tb = e.__traceback__
    print(type(tb).__name__)
    while tb.tb_next:
        tb = tb.tb_next
    print("raised in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)


asyncio.run(main())
