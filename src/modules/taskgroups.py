# asyncio.TaskGroup, weft's own Python (design decision 5), run after asyncio.py in the
# same module namespace. It follows CPython 3.11's Lib/asyncio/taskgroups.py step for step
# (the same futures, callbacks, cancel() and uncancel() calls, in the same order), so
# programs using it schedule exactly as on CPython. One known difference: CPython keeps the
# children in a set, so the order in which a failure cancels the siblings follows their
# memory addresses; weft cancels them in creation order.


class TaskGroup:
    """Asynchronous context manager for managing groups of tasks.

    All tasks are awaited when the context manager exits. Any exception other than
    CancelledError raised within a task cancels the remaining tasks and waits for them;
    the exceptions are then combined and raised as an ExceptionGroup.
    """

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # Insertion-ordered "set" of the running children (see the header).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        info_str = " ".join(info)
        return f"<TaskGroup{info_str}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # If this flag is set we *must* call uncancel(); with no cancellation left,
            # the CancelledError we caused ourselves does not propagate.
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        if et is not None:
            if not self._aborting:
                # The parent is being cancelled, or the body of `async with` raised.
                self._abort()

        # A loop: the future can be cancelled several times if the parent task is
        # cancelled repeatedly (or once while our own cancellation is in progress).
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    # The parent task is cancelled while children still run.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        if self._base_error is not None:
            raise self._base_error

        # Other errors have priority over a CancelledError.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not CancelledError:
            self._errors.append(exc)

        if self._errors:
            try:
                me = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Create a new task in this group and return it (as asyncio.create_task)."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        # As CPython: the task gets its default name (using up a Task-N number) first.
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    # KeyboardInterrupt and SystemExit propagate bare, not in a group.
    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return

        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            # CPython hands this (possibly unreachable) case to the loop's exception
            # handler, which weft's loop does not have; the error stays in self._errors.
            return

        if not self._aborting and not self._parent_cancel_requested:
            # The parent is not being cancelled: cancel it ourselves to stop whatever the
            # body awaits, and mark it "not cancelled" again in __aexit__ (uncancel).
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
