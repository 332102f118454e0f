# asyncio.run refuses a non-coroutine (ValueError) and refuses to nest inside a running loop
# (RuntimeError); create_task wants a coroutine too.
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future("nope")
    except TypeError as e:
        print("TypeError:", e)
    return "main done"


for bad in (5, None, "inner"):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(main()))
