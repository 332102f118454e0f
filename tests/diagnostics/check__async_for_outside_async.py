async def ticks():
    for i in range(3):
        yield i

def main():
    async for tick in ticks():
        print(tick)
