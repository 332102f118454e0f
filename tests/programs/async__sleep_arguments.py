# asyncio.sleep's argument errors and results, positional and by keyword.
import asyncio
async def main():
    for args, kw in [((), {}), ((0, 1, 2), {}), ((0,), {"result": 5}), ((), {"delay": 0, "result": 7}), ((0, 1), {"result": 2}), ((0,), {"x": 1})]:
        try:
            print(await asyncio.sleep(*args, **kw))
        except TypeError as e:
            print(type(e).__name__, e)
asyncio.run(main())
