import asyncio

def poll():
    while True:
        yield await asyncio.sleep(1)
