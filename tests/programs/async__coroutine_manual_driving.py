# Driving coroutines by hand with send/throw/close, outside any event loop: a coroutine that
# awaits a custom awaitable yields what that awaitable yields.


class Suspend:
    def __await__(self):
        got = yield "suspended"
        return f"resumed with {got}"


async def coro():
    try:
        r = await Suspend()
        print("coro got:", r)
        r = await Suspend()
        print("coro got:", r)
        return "finished"
    finally:
        print("coro finally")


c = coro()
print(type(c).__name__, c.__name__)
print("first send:", c.send(None))
print("second send:", c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("StopIteration value:", e.value)

c2 = coro()
c2.send(None)
try:
    c2.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw propagated:", e)

c3 = coro()
c3.send(None)
c3.close()
print("closed")
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
