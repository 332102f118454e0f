# Connection errors as CPython reports them: a refused connect, a port already in use,
# writing after the peer closed, a bad host value.
import asyncio


async def closer(reader, writer):
    writer.close()


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
        print("errno:", e.errno, "is ConnectionError:", isinstance(e, ConnectionError))
        print("is OSError:", isinstance(e, OSError), e.args)

    server = await asyncio.start_server(closer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(closer, "127.0.0.1", port)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("server closed our connection:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    try:
        writer.write(b"late")
        await writer.drain()
    except ConnectionResetError as e:
        print(type(e).__name__, e)

    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, str(e).replace(str(port), "PORT"))

    try:
        await asyncio.open_connection("127.0.0.1", 70000)
    except OverflowError as e:
        print(type(e).__name__, e)


asyncio.run(main())
