# call_at takes an absolute loop time; call_later(d) is call_at(time() + d). Mixed in one
# heap they fire by deadline; a handle cancelled from another timer never fires.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    events = []
    done = loop.create_future()
    loop.call_at(t0 + 0.04, events.append, "at 0.04")
    loop.call_later(0.02, events.append, "later 0.02")
    victim = loop.call_at(t0 + 0.05, events.append, "victim")
    loop.call_at(t0 + 0.03, victim.cancel)
    loop.call_at(t0 + 0.01, events.append, "at 0.01")
    loop.call_at(t0 + 0.06, done.set_result, None)
    await done
    print(events)
    print("victim cancelled:", victim.cancelled())
    print("loop time moved forward:", loop.time() >= t0 + 0.06)


asyncio.run(main())
