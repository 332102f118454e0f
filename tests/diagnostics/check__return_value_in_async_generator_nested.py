import asyncio

class Stream:
    async def lines(self):
        for line in ["a", "b"]:
            yield line
            if line == "b":
                return line
