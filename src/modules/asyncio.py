# The part of weft's asyncio written in Python (design decision 5). Event, Lock, Semaphore,
# BoundedSemaphore and the Queue family are Python classes (their names, reprs and subclassing
# are CPython's) whose methods are natives over a native state (src/runtime/locks.rs,
# queues.rs), so their hot paths run no Python frame; Condition, Barrier, wait_for, wait,
# shield, timeouts and as_completed are plain Python on top. Each wakes its waiters in the same
# order, through the same future callbacks, as CPython 3.11's locks.py, queues.py and tasks.py,
# so programs using them schedule exactly as on CPython.


def _object_repr(obj, extra):
    # CPython's `<module.Class object at 0x...>` with the state in brackets, as locks.py
    # builds it from object.__repr__.
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x} [{extra}]>"


def _with_waiters(extra, waiters):
    if waiters:
        return f"{extra}, waiters:{len(waiters)}"
    return extra


class _Fifo:
    # Condition's waiting futures, oldest first, where CPython keeps a deque: a list and the
    # index of its first live slot, so removing the oldest (the one a notify woke) is O(1),
    # not a shift of the list.
    def __init__(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def append(self, item):
        self._items.append(item)

    def remove(self, item):
        items = self._items
        head = self._head
        if head < len(items) and items[head] is item:
            items[head] = None
            self._advance(head + 1)
            return
        for i in range(head + 1, len(items)):
            if items[i] is item:
                del items[i]
                return
        raise ValueError("deque.remove(x): x not in deque")

    def _advance(self, head):
        # Drops the dead front once it outweighs the live part.
        if head == len(self._items):
            self._items = []
            self._head = 0
        elif head > 16 and head * 2 > len(self._items):
            del self._items[:head]
            self._head = 0
        else:
            self._head = head


def _remove(items, item):
    for i in range(len(items)):
        if items[i] is item:
            del items[i]
            return
    raise ValueError("item not in list")


class Event:
    __module__ = "asyncio.locks"

    # The state and every method but the repr are native (src/runtime/locks.rs, which
    # follows CPython's locks.py step for step); `wait()` is a native coroutine.
    __init__ = _event_init
    is_set = _event_is_set
    set = _event_set
    clear = _event_clear
    wait = _event_wait

    def __repr__(self):
        return _object_repr(self, _repr_state(self))


class _ContextManagerMixin:
    __module__ = "asyncio.locks"

    # `async with lock:` awaits `self.acquire()` and calls `self.release()`, natively.
    __aenter__ = _lock_aenter
    __aexit__ = _lock_aexit


class Lock(_ContextManagerMixin):
    __module__ = "asyncio.locks"

    __init__ = _lock_init
    locked = _lock_locked
    acquire = _lock_acquire
    release = _lock_release

    def __repr__(self):
        return _object_repr(self, _repr_state(self))


class Semaphore(_ContextManagerMixin):
    __module__ = "asyncio.locks"

    __init__ = _semaphore_init
    locked = _semaphore_locked
    acquire = _lock_acquire
    release = _semaphore_release

    def __repr__(self):
        return _object_repr(self, _repr_state(self))


class BoundedSemaphore(Semaphore):
    __module__ = "asyncio.locks"

    # The bound is kept natively; `release` checks it.
    __init__ = _bounded_semaphore_init


class QueueEmpty(Exception):
    __module__ = "asyncio.queues"


class QueueFull(Exception):
    __module__ = "asyncio.queues"


class Queue:
    __module__ = "asyncio.queues"

    # The public methods are native (src/runtime/queues.rs, after CPython's queues.py);
    # `put()`, `get()` and `join()` are native coroutines. A subclass may override the
    # hooks CPython's methods call (`_init`, `_put`, `_get`, `qsize`, `empty`, `full`,
    # `put_nowait`, `get_nowait`): the natives then call them. The items of a queue whose
    # class overrides `_init`, `_put` or `_get` live in `self._queue`, kept by the three
    # methods below (CPython's); otherwise natively, and these are not used.
    __init__ = _queue_init
    qsize = _queue_qsize
    empty = _queue_empty
    full = _queue_full
    put_nowait = _queue_put_nowait
    get_nowait = _queue_get_nowait
    put = _queue_put
    get = _queue_get
    task_done = _queue_task_done
    join = _queue_join
    _empty_error = QueueEmpty
    _full_error = QueueFull

    def _init(self, maxsize):
        import collections

        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        items, getters, putters, tasks = _queue_state(self)
        result = f"maxsize={self._maxsize!r}"
        if items:
            result += f" _queue={items!r}"
        if getters:
            result += f" _getters[{getters}]"
        if putters:
            result += f" _putters[{putters}]"
        if tasks:
            result += f" tasks={tasks}"
        return result

    @property
    def maxsize(self):
        return self._maxsize


class LifoQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        import heapq

        heapq.heappush(self._queue, item)

    def _get(self):
        import heapq

        return heapq.heappop(self._queue)


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_running_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def _cancel_and_wait(fut):
    waiter = get_running_loop().create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f) for f in fs}
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (
            counter <= 0
            or return_when == FIRST_COMPLETED
            or return_when == FIRST_EXCEPTION
            and (not f.cancelled() and f.exception() is not None)
        ):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


class Condition:
    __module__ = "asyncio.locks"

    def __repr__(self):
        return _object_repr(self, _with_waiters("locked" if self.locked() else "unlocked", self._waiters))

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _Fifo()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken again even when the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))



class BrokenBarrierError(RuntimeError):
    __module__ = "asyncio.exceptions"


class Barrier:
    __module__ = "asyncio.locks"

    # A Condition guards the state machine, as in CPython 3.11's locks.py. States:
    # "filling" (tasks arrive), "draining" (the last one arrived; the others leave),
    # "resetting" (reset() while tasks wait: they leave with BrokenBarrierError),
    # "broken" (abort(): every wait fails until reset()).
    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = "filling"
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return _object_repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = "draining"
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Tasks arriving while the barrier drains or resets wait for the next round.
        await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
        if self._state == "broken":
            raise BrokenBarrierError("Barrier aborted")

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != "filling")
        if self._state in ("broken", "resetting"):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        # The last task out opens the barrier for the next round.
        if self._count == 0:
            if self._state in ("resetting", "draining"):
                self._state = "filling"
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = "resetting"
            else:
                self._state = "filling"
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = "broken"
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == "filling":
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == "broken"

class Timeout:
    __module__ = "asyncio.timeouts"

    # States as CPython names them: created, active, expiring, expired, finished.
    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            if self._state == "created":
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = [""]
        if self._state == "active":
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


def as_completed(fs, *, timeout=None):
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    todo = []
    for f in fs:
        f = ensure_future(f)
        if not any(t is f for t in todo):
            todo.append(f)
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        _remove(todo, f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = get_running_loop().call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
