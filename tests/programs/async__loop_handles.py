# The handles call_soon/call_later/call_at return: cancel() before they run stops them,
# cancel() after is harmless, and when() gives a timer's deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ran = []
    h1 = loop.call_soon(ran.append, "soon")
    h2 = loop.call_soon(ran.append, "soon-cancelled")
    t1 = loop.call_later(0.01, ran.append, "later")
    t2 = loop.call_later(0.01, ran.append, "later-cancelled")
    h2.cancel()
    t2.cancel()
    print("cancelled flags:", h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    print("when order:", t1.when() <= t2.when())
    await asyncio.sleep(0.02)
    print("ran:", ran)
    h1.cancel()
    t1.cancel()
    print("cancel after running:", h1.cancelled(), t1.cancelled())
    t2.cancel()
    print("cancel twice:", t2.cancelled())


asyncio.run(main())
