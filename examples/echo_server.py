# echo_server.py — a tiny TCP echo server and client in one program.
#
# Teaches: `asyncio.start_server` calls a handler coroutine for each client
# with a (reader, writer) pair; `asyncio.open_connection` gives the client the
# same pair. Port 0 asks the OS for a free port on 127.0.0.1. The client sends
# a few lines, reads each echo, then both sides close and the server shuts down.
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo: " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: client disconnected")


async def client(port, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for message in messages:
        writer.write(message.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print("client got:", reply.decode().rstrip())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("server listening:", port > 0)
    async with server:
        await client(port, ["hello", "weft", "bye"])
        await asyncio.sleep(0.02)
    print("server closed")


if __name__ == "__main__":
    asyncio.run(main())
