# producer_consumer.py — a bounded asyncio.Queue between tasks.
#
# Teaches: `Queue(maxsize=2)` makes `put` wait when the queue is full
# (backpressure); `get` waits while it is empty. Each consumer calls
# `task_done()` after handling an item, and `queue.join()` waits until every
# item put has been marked done. Then the idle consumers are cancelled.
# The "work" is `sleep(0)`, which yields to the loop once: the interleaving
# comes from scheduling alone, so it is the same on every run.
import asyncio


async def producer(queue, count):
    for i in range(count):
        await queue.put(i)
        print(f"produced {i} (queue size {queue.qsize()})")
    print("producer finished")


async def consumer(name, queue, results):
    while True:
        item = await queue.get()
        await asyncio.sleep(0)
        results.append(item * 10)
        print(f"{name} handled {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(f"worker-{n}", queue, results)) for n in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all items handled:", sorted(results))
    for task in consumers:
        task.cancel()
    outcome = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers stopped:", [type(x).__name__ for x in outcome])


if __name__ == "__main__":
    asyncio.run(main())
