# await as an expression: operands, precedence with ** and unary, in calls and displays.
import asyncio
async def value(x=1):
    return x
async def main():
    a = await value()
    b = await value(2) + await value(3)
    c = -await value(4)
    d = await value(2) ** 2
    e = [await value(i) for i in range(3)]
    f = {await value("k"): await value("v")}
    g = (await value(), await value())
    h = print(await value("arg"), key=await value(None)) if False else None
    i = await asyncio.gather(value(1), value(2))
    j = await (value(5))
    k = not await value(False)
    obj = type("O", (), {"m": value})
    l = await obj.m(7)
    return a, b, c, d, e, f, g, h, i, j, k, l
print(asyncio.run(main()))
