# Async comprehensions: async for in list/set/dict/generator, mixed with sync for and await.
import asyncio
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(4)}
    c = {x: await double(x) async for x in agen(3) if x}
    d = [await double(x) for x in range(3)]
    e = [(x, y) async for x in agen(2) for y in range(2) if y]
    f = [y for x in range(2) async for y in agen(x)]
    g = (x async for x in agen(3))
    h = [x async for x in g]
    return a, sorted(b), c, d, e, f, h
print(asyncio.run(main()))
