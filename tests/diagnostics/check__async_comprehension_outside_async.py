async def numbers():
    yield 1
    yield 2

def collect():
    return [n async for n in numbers()]
