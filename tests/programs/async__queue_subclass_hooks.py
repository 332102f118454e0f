# Queue subclasses that override the hooks CPython's Queue methods call (_init, _put, _get,
# qsize, full, put_nowait, get_nowait): put/get/put_nowait/get_nowait must go through them,
# and super() must reach the stock ones.
import asyncio


class UniqueQueue(asyncio.Queue):
    # Items live in self._queue (CPython's deque), deduplicated by our _put.
    def _put(self, item):
        if item in self._queue:
            print("  duplicate dropped:", item)
            return
        super()._put(item)


class ListQueue(asyncio.Queue):
    def _init(self, maxsize):
        print("  _init with maxsize", maxsize)
        self._queue = []

    def _put(self, item):
        self._queue.insert(0, item)

    def _get(self):
        return self._queue.pop()


class CountingLifo(asyncio.LifoQueue):
    def __init__(self, maxsize=0):
        self.puts = 0
        self.gets = 0
        super().__init__(maxsize)

    def put_nowait(self, item):
        self.puts += 1
        super().put_nowait(item)

    def get_nowait(self):
        self.gets += 1
        return super().get_nowait()


class HalfFull(asyncio.Queue):
    # Full at half its maxsize, through qsize (which full() calls).
    def qsize(self):
        return super().qsize() * 2


class NeverFull(asyncio.Queue):
    def full(self):
        return False


class Prio(asyncio.PriorityQueue):
    def _put(self, item):
        super()._put((-item[0], item[1]))


async def main():
    q = UniqueQueue()
    for x in [1, 2, 1, 3, 2]:
        await q.put(x)
    print("unique:", q.qsize(), q._queue, [q.get_nowait() for _ in range(q.qsize())])
    print("unique empty:", q.empty(), "(every put counts for join):", str(q))

    q = ListQueue(5)
    for x in "abc":
        q.put_nowait(x)
    print("list queue:", q._queue, await q.get(), q.get_nowait(), q.qsize(), str(q))

    q = CountingLifo(2)
    await q.put(1)
    await q.put(2)
    print("lifo full:", q.full(), await q.get(), await q.get(), "puts", q.puts, "gets", q.gets)

    q = HalfFull(4)
    q.put_nowait("x")
    print("half full after 1:", q.full(), q.qsize())
    q.put_nowait("y")
    print("half full after 2:", q.full(), q.qsize())
    try:
        q.put_nowait("z")
    except asyncio.QueueFull as e:
        print("QueueFull", type(e).__name__)

    q = NeverFull(1)
    q.put_nowait(1)
    q.put_nowait(2)
    print("never full:", q.qsize(), q.full())

    q = Prio()
    for item in [(1, "low"), (5, "high"), (3, "mid")]:
        q.put_nowait(item)
    print("prio:", [q.get_nowait() for _ in range(3)])

    # A blocked get on a subclass is woken by put and reads through the hooks.
    q = ListQueue()

    async def consumer():
        print("  consumer got", await q.get())

    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    print("repr while waiting:", str(q))
    await q.put("late")
    await t
    print("maxsize property:", q.maxsize, HalfFull(7).maxsize)


asyncio.run(main())
