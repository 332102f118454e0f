# A server's life: start_serving=False then start_serving(), serve_forever cancelled from
# outside (it closes the server), `async with server`, and close while a client is connected.
import asyncio


async def greet(reader, writer):
    writer.write(b"hi\n")
    await writer.drain()
    print("server: client said", await reader.readline())
    writer.close()


async def talk(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    greeting = await reader.readline()
    writer.write(text + b"\n")
    await writer.drain()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return greeting, rest


async def main():
    server = await asyncio.start_server(greet, "127.0.0.1", 0, start_serving=False)
    print("serving before start:", server.is_serving())
    await server.start_serving()
    print("serving after start:", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    print("talk:", await talk(port, b"one"))

    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("talk while serving forever:", await talk(port, b"two"))
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(type(e).__name__, str(e).startswith("server <Server sockets=()> is closed"))

    async with await asyncio.start_server(greet, "127.0.0.1", 0) as server2:
        port2 = server2.sockets[0].getsockname()[1]
        print("inside async with:", server2.is_serving(), await talk(port2, b"three"))
    print("after async with:", server2.is_serving(), server2.sockets)

    server3 = await asyncio.start_server(greet, "127.0.0.1", 0)
    port3 = server3.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port3)
    print("greeting:", await reader.readline())
    server3.close()
    print("closed with a client connected:", server3.is_serving())
    writer.write(b"still here\n")
    await writer.drain()
    print("connection outlives the server:", await reader.read())
    writer.close()
    await writer.wait_closed()
    await server3.wait_closed()
    print("done")


asyncio.run(main())
