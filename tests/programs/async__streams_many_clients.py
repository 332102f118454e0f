# Several clients at once against one server: each handler is its own task, they interleave
# at their awaits, and every client gets its own answers back.
import asyncio

handled = []


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    handled.append(name)
    for i in range(3):
        request = await reader.readline()
        writer.write(f"{name}:{i}:{request.decode().strip()}\n".encode())
        await writer.drain()
    writer.close()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    replies = []
    for word in ["a", "b", "c"]:
        writer.write(word.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    tail = await reader.read()
    writer.close()
    await writer.wait_closed()
    return name, replies, tail


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, f"c{i}") for i in range(5)))
    for name, replies, tail in results:
        print(name, replies, tail)
    print("handled:", sorted(handled))
    await asyncio.sleep(0.01)
    server.close()
    await server.wait_closed()

    # Many short connections in sequence reuse the same server.
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for i in range(20):
        name, replies, _ = await client(port, f"s{i}")
        if i % 5 == 0:
            print(name, replies)
    server.close()
    await server.wait_closed()


asyncio.run(main())
