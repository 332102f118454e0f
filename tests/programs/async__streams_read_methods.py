# StreamReader's reading methods on data a server sends: readline, readexactly, readuntil,
# read(n), read() to the end, async iteration over lines, and what each does at EOF.
import asyncio

PAYLOAD = b"first line\nsecond line\nABCDEFGHIJ;key=value;;tail without newline"


async def send_payload(reader, writer):
    writer.write(PAYLOAD)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def lines_payload(reader, writer):
    writer.write(b"alpha\nbeta\ngamma\nno newline at the end")
    writer.close()


async def main():
    server = await asyncio.start_server(send_payload, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readexactly(4))
    print(await reader.readexactly(0))
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";;"))
    print(await reader.read(5))
    print(await reader.read(0))
    print(await reader.read())
    print("at_eof:", reader.at_eof())
    print("read at EOF:", await reader.read(), await reader.read(10))
    print("readline at EOF:", await reader.readline())
    try:
        await reader.readexactly(3)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
        print("is an EOFError:", isinstance(e, EOFError))
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    writer.close()
    await writer.wait_closed()
    server.close()

    server = await asyncio.start_server(lines_payload, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    async for line in reader:
        print("line:", line)
    print("after async for, at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
