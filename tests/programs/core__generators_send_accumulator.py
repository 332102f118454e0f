# A generator used as a coroutine: priming, send() returning the running average, throw() to reset, close().
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except KeyError:
            total = count = 0
            average = None
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)
avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
print(avg.throw(KeyError))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
print(next(avg, "closed"))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
