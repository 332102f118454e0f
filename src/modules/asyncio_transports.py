# asyncio's transports and protocols in weft's own Python (design decisions 5 and 7):
# BaseProtocol / Protocol, a socket transport that registers reader/writer callbacks with the
# loop's reactor, the Server that accepts connections, and `_create_connection` /
# `_create_server`, which the loop's native create_connection / create_server call. The
# natives `_bind`, `_listen`, `_connect`, `_accept`, `_recv`, `_send`... name sockets by file
# descriptor, and a would-block result is None. The scheduling points are CPython 3.11's: a
# transport makes the protocol's connection_made, its first read and the waiter's result
# three call_soon callbacks; each accepted connection is set up by a task of its own; a
# connect waits for writability. So a program sees the same order of events as on CPython.

# EMFILE, ENFILE, ENOBUFS, ENOMEM: accept() fails for want of resources; retry later.
_OUT_OF_RESOURCES = (24, 23, 105, 12)
_ACCEPT_RETRY_DELAY = 1
_EAFNOSUPPORT = 97
_bytes = type(b"")


class BaseProtocol:
    """What a transport calls on its protocol; every method does nothing by default."""

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: bytes arrive in data_received, the end in eof_received (return
    a true value to keep the connection open for writing)."""

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class TransportSocket:
    """A socket as transports and servers show it (`server.sockets`)."""

    def __init__(self, fd):
        self._fd = fd
        self._family = 10 if len(_sockname(fd)) == 4 else 2

    def fileno(self):
        return self._fd

    @property
    def family(self):
        return self._family

    @property
    def type(self):
        return 1

    @property
    def proto(self):
        return 6

    def getsockname(self):
        return _sockname(self._fd)

    def getpeername(self):
        return _peername(self._fd)

    def close(self):
        if self._fd != -1:
            _close(self._fd)
            self._fd = -1

    def __repr__(self):
        s = f"<asyncio.TransportSocket fd={self._fd}, family={self._family}, type=1, proto=6"
        if self._fd != -1:
            s = f"{s}, laddr={self.getsockname()}"
            try:
                s = f"{s}, raddr={self.getpeername()}"
            except OSError:
                pass
        return s + ">"


class _SelectorSocketTransport:
    """Moves bytes between a socket and a protocol: reads when the reactor says the socket
    is readable, writes at once and buffers what the socket does not take."""

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._loop = loop
        self._extra = {} if extra is None else dict(extra)
        self._extra["socket"] = sock
        try:
            self._extra["sockname"] = sock.getsockname()
        except OSError:
            self._extra["sockname"] = None
        if "peername" not in self._extra:
            try:
                self._extra["peername"] = sock.getpeername()
            except OSError:
                self._extra["peername"] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = b""
        self._conn_lost = 0
        self._closing = False
        self._eof = False
        self._paused = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        # Reading starts only after connection_made, and the waiter is woken last.
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = ["_SelectorSocketTransport"]
        if self._sock is None:
            info.append("closed")
        elif self._closing:
            info.append("closing")
        info.append(f"fd={self._sock_fd}")
        if self._sock is not None:
            read, write = _polling(self._sock_fd)
            info.append("read=polling" if read else "read=idle")
            state = "polling" if write else "idle"
            info.append(f"write=<{state}, bufsize={len(self._buffer)}>")
        return "<{}>".format(" ".join(info))

    def _add_reader(self):
        if not self._closing:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader()

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = _recv(self._sock_fd)
        except OSError as exc:
            self._force_close(exc)
            return
        if data is None:
            return
        if not data:
            if self._protocol.eof_received():
                # Kept open for writing; nothing more can be read.
                self._loop.remove_reader(self._sock_fd)
            else:
                self.close()
            return
        self._protocol.data_received(data)

    def write(self, data):
        kind = type(data).__name__
        if kind not in ("bytes", "bytearray", "memoryview"):
            raise TypeError(
                f"data argument must be a bytes-like object, not {kind!r}"
            )
        if self._eof:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if type(data) is not _bytes:
            data = _bytes(data)
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            # Send at once; only what the socket does not take waits for writability.
            try:
                n = _send(self._sock_fd, data)
            except OSError as exc:
                self._force_close(exc)
                return
            if n is not None:
                data = data[n:]
                if not data:
                    return
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer = self._buffer + data
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = _send(self._sock_fd, self._buffer)
        except OSError as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer = b""
            self._force_close(exc)
            return
        if n:
            self._buffer = self._buffer[n:]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                _shutdown_write(self._sock_fd)

    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            _shutdown_write(self._sock_fd)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer = b""
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class Server:
    """Listening sockets that accept connections into protocols, as start_server returns."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<Server sockets={self.sockets!r}>"

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            _listen(sock.fileno(), self._backlog)
            self._loop.add_reader(sock.fileno(), self._accept_connection, sock)

    def _accept_connection(self, sock):
        # Called once per loop iteration while connections wait: take up to a backlog's
        # worth, each set up by a task of its own.
        for _ in range(self._backlog):
            try:
                accepted = _accept(sock.fileno())
            except OSError as exc:
                if exc.errno not in _OUT_OF_RESOURCES:
                    raise
                # The socket stays readable, so stop watching it for a while (as CPython).
                import sys

                print("socket.accept() out of system resource", file=sys.stderr)
                print(f"socket: {sock!r}", file=sys.stderr)
                print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
                self._loop.remove_reader(sock.fileno())
                self._loop.call_later(_ACCEPT_RETRY_DELAY, self._resume_accepting, sock)
                return
            if accepted is None:
                return
            fd, addr = accepted
            self._loop.create_task(
                _accept_connection2(
                    self._loop, self._protocol_factory, TransportSocket(fd), addr, self
                )
            )

    def _resume_accepting(self, sock):
        if self._sockets is not None and sock in self._sockets:
            self._loop.add_reader(sock.fileno(), self._accept_connection, sock)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop.remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if (
            self._serving_forever_fut is not None
            and not self._serving_forever_fut.done()
        ):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f"server {self!r} is already being awaited on serve_forever()"
            )
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # As in CPython 3.11: returns at once once close() was called.
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def _accept_connection2(loop, protocol_factory, sock, addr, server):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(
        loop, sock, protocol, waiter, {"peername": addr}, server
    )
    try:
        await waiter
    except BaseException:
        transport.close()
        raise


def _connect_ready(fut, fd, address):
    if fut.done():
        return
    try:
        connected = _connect_result(fd, address)
    except OSError as exc:
        fut.set_exception(exc)
        return
    if connected:
        fut.set_result(None)


async def _connect_sock(loop, address):
    sock = TransportSocket(_connect(address))
    fd = sock.fileno()
    try:
        fut = loop.create_future()
        loop.add_writer(fd, _connect_ready, fut, fd, address)
        fut.add_done_callback(lambda f: loop.remove_writer(fd))
        await fut
    except BaseException:
        sock.close()
        raise
    return sock


def _unsupported(name, kwds):
    for key in kwds:
        raise TypeError(f"{name}() argument {key!r} is not supported by weft")


async def _create_connection(loop, protocol_factory, host=None, port=None, **kwds):
    """`loop.create_connection`: connect to each address of host in turn; on success, a
    transport joins the socket to protocol_factory()'s protocol. Gives (transport, protocol)."""
    _unsupported("create_connection", kwds)
    infos = _getaddrinfo(host, port, False)
    if not infos:
        raise OSError("getaddrinfo() returned empty list")
    exceptions = []
    sock = None
    for address in infos:
        try:
            sock = await _connect_sock(loop, address)
            break
        except OSError as exc:
            exceptions.append(exc)
    if sock is None:
        model = str(exceptions[0])
        if len(exceptions) == 1 or all(str(exc) == model for exc in exceptions):
            raise exceptions[0]
        raise OSError(
            "Multiple exceptions: {}".format(", ".join(str(exc) for exc in exceptions))
        )
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _create_server(
    loop, protocol_factory, host=None, port=None, *, backlog=100, start_serving=True, **kwds
):
    """`loop.create_server`: listening sockets on each address of host (every interface
    for None or ""), each connection given a protocol_factory() protocol."""
    _unsupported("create_server", kwds)
    hosts = [None] if host == "" or host is None else [host]
    if type(host) is list or type(host) is tuple:
        hosts = host
    sockets = []
    try:
        for h in hosts:
            for address in _getaddrinfo(h, port, True):
                try:
                    fd = _bind(address)
                except OSError as exc:
                    # Every interface (host None) on a machine without IPv6: skip "::".
                    if h is None and exc.errno == _EAFNOSUPPORT:
                        continue
                    raise
                sockets.append(TransportSocket(fd))
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        # One iteration, so every add_reader has gone through.
        await sleep(0)
    return server
