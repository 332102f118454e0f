# Half-closing a connection: write_eof sends EOF while the socket stays open for reading,
# so the server sees the end of the request and can still answer.
import asyncio


async def summarise(reader, writer):
    request = await reader.read()
    print("server read to EOF:", request, "at_eof:", reader.at_eof())
    writer.write(f"got {len(request)} bytes".encode())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(summarise, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("can_write_eof:", writer.can_write_eof())
    writer.write(b"request body")
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print(type(e).__name__, e)
    print("client reply:", await reader.read())
    print("client at_eof:", reader.at_eof())
    try:
        writer.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
