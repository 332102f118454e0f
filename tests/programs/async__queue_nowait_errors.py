# put_nowait on a full queue raises QueueFull, get_nowait on an empty one QueueEmpty; both
# are plain Exceptions with no message.
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)), issubclass(asyncio.QueueEmpty, Exception))
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)), issubclass(asyncio.QueueFull, Exception))
    print("still holds:", q.get_nowait())
    unbounded = asyncio.Queue(0)
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded never full:", unbounded.full(), unbounded.qsize())
    negative = asyncio.Queue(-3)
    negative.put_nowait("x")
    print("negative maxsize is unbounded:", negative.full())


asyncio.run(main())
