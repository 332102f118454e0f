# async with on a class with __aenter__/__aexit__; exceptions reach __aexit__.
import asyncio


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        await asyncio.sleep(0)
        Connection.opened += 1
        print(f"connect {self.host} (open: {Connection.opened})")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        Connection.opened -= 1
        print(f"disconnect {self.host} (open: {Connection.opened}) error={exc!r}")
        return isinstance(exc, ConnectionResetError)

    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.host}:{q.upper()}"


async def main():
    async with Connection("db1") as c1, Connection("db2") as c2:
        print(await c1.query("select"), await c2.query("update"))
    async with Connection("flaky"):
        raise ConnectionResetError("dropped")
    print("reset was suppressed")
    try:
        async with Connection("strict"):
            raise PermissionError("denied")
    except PermissionError as e:
        print("propagated:", e)
    results = await asyncio.gather(*(Connection(f"h{i}").query("ping") for i in range(3)))
    print(results)


asyncio.run(main())
