# A TCP echo round trip through asyncio streams: start_server on port 0, the client's
# (reader, writer) from open_connection, the handler running as a task of its own.
import asyncio

log = []


async def handle(reader, writer):
    log.append("handler started")
    print("handler is a task:", asyncio.current_task() is not None)
    peer = writer.get_extra_info("peername")
    print("server sees a peer on", peer[0])
    while True:
        data = await reader.readline()
        if not data:
            break
        writer.write(data.upper())
        await writer.drain()
    print("server: end of stream, at_eof =", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("server: closed, is_closing =", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    sock = server.sockets[0]
    host, port = sock.getsockname()
    print("serving:", server.is_serving(), host, type(port).__name__, port > 0)
    print("one socket:", len(server.sockets))

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("log after open_connection:", log)
    print("client peer port matches:", writer.get_extra_info("peername")[1] == port)
    print("client sockname host:", writer.get_extra_info("sockname")[0])
    print("unknown extra:", writer.get_extra_info("nothing", "default"))

    for word in [b"hello\n", b"asyncio\n", b"streams\n"]:
        writer.write(word)
        await writer.drain()
        print("client got", await reader.readline())

    writer.writelines([b"one ", b"two ", b"three\n"])
    print("client got", await reader.readline())

    writer.close()
    print("client is_closing:", writer.is_closing())
    await writer.wait_closed()
    await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()
    print("serving after close:", server.is_serving(), server.sockets)


asyncio.run(main())
