import asyncio

lock = asyncio.Lock()

def update(shared):
    async with lock:
        shared.append(1)
