# The shutdown steps asyncio.run takes after the main task, as CPython's loop methods
# shutdown_asyncgens() and shutdown_default_executor(). The runner (src/runtime/runner.rs)
# runs each as a task of its own, so what they schedule interleaves with the rest of the
# loop's work as on CPython, and they take the same task numbers.


async def _shutdown_asyncgens(agens):
    # Closes the async generators still suspended; the runner logs what an aclose() raised.
    if not agens:
        return []
    return await gather(*[ag.aclose() for ag in agens], return_exceptions=True)


async def _shutdown_default_executor():
    # weft has no thread pool executor: nothing to shut down, but the step still takes a
    # task and two loop iterations, as on CPython.
    pass
