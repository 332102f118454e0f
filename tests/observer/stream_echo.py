# I/O in the event stream: the server's listening socket and each connection are watched
# (I/O wait) and reported ready (I/O ready) around the tasks they wake.
import asyncio


async def handle(reader, writer):
    data = await reader.readexactly(4)
    writer.write(data)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping")
    print(await reader.readexactly(4))
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
