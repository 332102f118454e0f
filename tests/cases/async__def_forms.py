# async def in every place: module, class (methods, dunders), nested, decorated, with yield.
import asyncio
class Resource:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
    async def method(self, x, /, *, y=2):
        async def nested():
            return x + y
        return await nested()
    @staticmethod
    async def static():
        return "static"
    def __aiter__(self):
        return self.gen()
    async def gen(self):
        yield 1
        yield 2
async def main():
    async with Resource() as r:
        print(await r.method(1), await Resource.static(), [i async for i in r])
asyncio.run(main())
