# sys.exc_info() inside generators and coroutines: without an exception of its own a
# generator sees its resumer's; inside its own except block it sees its own, even when
# resumed from elsewhere; a new exception raised there gets the visible one as __context__.
import asyncio
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def watcher():
    yield name()
    yield name()
    try:
        raise KeyError("own")
    except KeyError:
        yield name()
        yield name()
    yield name()


g = watcher()
try:
    raise ValueError("outer")
except ValueError:
    print("resumed in except", next(g))
print("resumed outside", next(g))
try:
    raise TypeError("other")
except TypeError:
    print("own handler", next(g))
    print("after yield, caller sees", name())
print("own handler, resumed outside", next(g))
try:
    raise IndexError("again")
except IndexError:
    print("own handler done", next(g))
print("outside at the end", name())


def raiser():
    raise KeyError("in gen")
    yield


try:
    1 / 0
except ZeroDivisionError:
    try:
        next(raiser())
    except KeyError as k:
        print("generator context", repr(k.__context__))


async def cleanup():
    await asyncio.sleep(0)
    print("coroutine sees", name())
    raise RuntimeError("cleanup")


async def main():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            await cleanup()
        except RuntimeError as r:
            print("coroutine context", repr(r.__context__))
    print("main after", name())


asyncio.run(main())
