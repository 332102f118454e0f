# The StreamReader limit: readuntil raises LimitOverrunError (leaving the data), readline
# turns it into ValueError (dropping the line); a limit must be positive. Also a reader fed
# by hand with feed_data / feed_eof.
import asyncio


async def long_lines(reader, writer):
    writer.write(b"0123456789abcdef\nshort\n" + b"x" * 40 + b"\nend\n")
    writer.close()


async def main():
    server = await asyncio.start_server(long_lines, "127.0.0.1", 0, limit=8)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=8)
    await asyncio.sleep(0.01)
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    print(await reader.readline())
    try:
        await reader.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    print(await reader.readline())
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()

    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(type(e).__name__, e)

    fed = asyncio.StreamReader()
    fed.feed_data(b"hand")
    fed.feed_data(b"made\nrest")
    fed.feed_eof()
    print(await fed.readline(), await fed.read(), fed.at_eof())

    waiting = asyncio.StreamReader()

    async def feeder():
        for chunk in [b"ab", b"cd", b"ef\n"]:
            await asyncio.sleep(0.1)
            print("feeding", chunk)
            waiting.feed_data(chunk)

    task = asyncio.create_task(feeder())
    print("readexactly(5):", await waiting.readexactly(5))
    print("readline:", await waiting.readline())
    await task


asyncio.run(main())
