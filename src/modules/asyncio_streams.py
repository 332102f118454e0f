# asyncio's TCP streams in weft's own Python (design decisions 5 and 7): start_server,
# open_connection, StreamReader, StreamWriter and Server, over a socket transport that
# registers reader/writer callbacks with the loop's reactor (the native `_bind`, `_listen`,
# `_connect`, `_accept`, `_recv`, `_send`... name sockets by file descriptor; a would-block
# result is None). The layers and their scheduling points are CPython 3.11's: a transport
# makes the protocol's connection_made, its first read and the waiter's result three
# call_soon callbacks; each accepted connection is set up by a task; a client_connected_cb
# coroutine runs as a task; reading wakes the reader's waiter future. So a program sees the
# same order of events as on CPython.

_DEFAULT_LIMIT = 2 ** 16
# EMFILE, ENFILE, ENOBUFS, ENOMEM: accept() fails for want of resources; retry later.
_OUT_OF_RESOURCES = (24, 23, 105, 12)
_ACCEPT_RETRY_DELAY = 1
_bytes = type(b"")


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(
            f"{len(partial)} bytes read on a total of {r_expected} expected bytes"
        )
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


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


class StreamReaderProtocol:
    """Feeds a StreamReader from a transport; for a server connection, makes the writer
    and runs client_connected_cb (a coroutine result becomes a task)."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._loop = get_running_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                self._task = self._loop.create_task(res)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
        self._connection_lost = True
        if self._paused:
            for waiter in self._drain_waiters:
                if not waiter.done():
                    if exc is None:
                        waiter.set_result(None)
                    else:
                        waiter.set_exception(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            _remove(self._drain_waiters, waiter)

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """The writing half of a connection: write, drain, close, wait_closed."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = ["StreamWriter", f"transport={self._transport!r}"]
        if self._reader is not None:
            info.append(f"reader={self._reader!r}")
        return "<{}>".format(" ".join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # One loop iteration lets connection_lost run, so writing to a closed
            # connection in a loop sees its error.
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """The reading half of a connection: a buffer the transport feeds, and coroutines that
    wait until it holds what they want."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = get_running_loop() if loop is None else loop
        self._buffer = b""
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append(f"{len(self._buffer)} bytes")
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append(f"limit={self._limit}")
        if self._waiter:
            info.append(f"waiter={self._waiter!r}")
        if self._exception:
            info.append(f"exception={self._exception!r}")
        if self._transport:
            info.append(f"transport={self._transport!r}")
        if self._paused:
            info.append("paused")
        return "<{}>".format(" ".join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError("Transport already set")
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError("feed_data after feed_eof")
        if not data:
            return
        self._buffer = self._buffer + data
        self._wakeup_waiter()
        if (
            self._transport is not None
            and not self._paused
            and len(self._buffer) > 2 * self._limit
        ):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f"{func_name}() called while another coroutine is "
                f"already waiting for incoming data"
            )
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b"\n"
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                self._buffer = self._buffer[e.consumed + len(sep):]
            else:
                self._buffer = b""
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b"\n"):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        # Search only what arrived since the last look (less a separator's length).
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        "Separator is not found, and chunk exceed the limit", offset
                    )
            if self._eof:
                chunk = self._buffer
                self._buffer = b""
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if isep > self._limit:
            raise LimitOverrunError(
                "Separator is found, but chunk is longer than limit", isep
            )
        chunk = self._buffer[: isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b""
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b"":
            raise StopAsyncIteration
        return val


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


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    _unsupported("open_connection", kwds)
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
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
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(
    client_connected_cb,
    host=None,
    port=None,
    *,
    limit=_DEFAULT_LIMIT,
    backlog=100,
    start_serving=True,
    **kwds
):
    _unsupported("start_server", kwds)
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    hosts = [None] if host == "" or host is None else [host]
    if type(host) is list or type(host) is tuple:
        hosts = host
    sockets = []
    try:
        for h in hosts:
            for address in _getaddrinfo(h, port, True):
                sockets.append(TransportSocket(_bind(address)))
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    server = Server(loop, sockets, factory, backlog)
    if start_serving:
        server._start_serving()
        # One iteration, so every add_reader has gone through.
        await sleep(0)
    return server
