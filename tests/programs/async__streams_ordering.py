# The order in which a connection's pieces run, as CPython schedules them: the accept task,
# connection_made starting client_connected_cb as a task, open_connection returning, and
# each side waking when the other's bytes arrive. Every step prints, nothing sleeps.
import asyncio


async def ticker(n):
    # Counts loop iterations, to show where the other steps fall between them.
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def handle(reader, writer):
    print("server: handler starts")
    data = await reader.readexactly(4)
    print("server: got", data)
    writer.write(b"pong")
    print("server: wrote pong")
    await writer.drain()
    print("server: drained")
    print("server: read after EOF", await reader.read())
    writer.close()
    print("server: closing")
    await writer.wait_closed()
    print("server: closed")


def plain_callback(reader, writer):
    print("plain callback, not a coroutine:", type(reader).__name__, type(writer).__name__)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("main: server started")
    port = server.sockets[0].getsockname()[1]
    tick = asyncio.create_task(ticker(12))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("main: connected")
    writer.write(b"ping")
    print("main: wrote ping")
    await writer.drain()
    print("main: drained")
    print("main: got", await reader.readexactly(4))
    writer.write_eof()
    print("main: sent EOF")
    print("main: read to EOF", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("main: closed")
    await tick
    server.close()
    await server.wait_closed()

    server = await asyncio.start_server(plain_callback, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("main: plain server sent", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
