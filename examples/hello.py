# hello.py — the smallest asyncio program.
#
# Teaches: an `async def` defines a coroutine function; calling it makes a
# coroutine object, and `await` runs it to completion. `asyncio.run` starts
# the event loop, runs `main()` and closes the loop. Here the two greetings
# run one after the other, because `main` awaits each in turn.
import asyncio


async def say_hello(name):
    await asyncio.sleep(0.05)
    print(f"Hello, {name}!")


async def main():
    await say_hello("Alice")
    await say_hello("Bob")


if __name__ == "__main__":
    asyncio.run(main())
