# The callback layer under streams: asyncio.Protocol subclasses with loop.create_server and
# loop.create_connection (the echo pair from the asyncio documentation), and the order in
# which a transport calls its protocol.
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        peer = transport.get_extra_info("peername")
        print("server: connection from", peer[0])
        self.transport = transport

    def data_received(self, data):
        print("server: received", data)
        self.transport.write(data)
        print("server: closing the client socket")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class EchoClient(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("client: data sent", self.message)

    def data_received(self, data):
        print("client: data received", data.decode())

    def eof_received(self):
        print("client: EOF received")

    def connection_lost(self, exc):
        print("client: the server closed the connection")
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    print("server is a Server:", type(server).__name__, server.is_serving())
    port = server.sockets[0].getsockname()[1]

    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClient("Hello World!", on_con_lost), "127.0.0.1", port
    )
    print("client protocol:", type(protocol).__name__, transport.is_closing())
    try:
        await on_con_lost
    finally:
        transport.close()
    print("client transport closing:", transport.is_closing())

    base = asyncio.Protocol()
    print("defaults:", base.data_received(b"x"), base.eof_received(), base.connection_lost(None))
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)
    server.close()
    await server.wait_closed()


asyncio.run(main())
