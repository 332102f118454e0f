import asyncio

class Worker:
    def __init__(self):
        self.lock = asyncio.Lock()

    def run(self):
        async with self.lock:
            print("working")
