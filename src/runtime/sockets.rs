//! Sockets as Python sees them, over the reactor (`io.rs`): the loop's `add_reader`,
//! `remove_reader`, `add_writer`, `remove_writer`, and the small non-blocking socket
//! primitives the embedded stream code (`asyncio_streams.py`) is built on — `_bind`, `_listen`,
//! `_connect`, `_connect_result`, `_accept`, `_recv`, `_send`, `_shutdown_write`, `_close`,
//! `_sockname`, `_peername`, `_getaddrinfo`, `_polling`. The loop's `create_connection` and
//! `create_server` are the stream code's `_create_connection`/`_create_server`. A socket is named by its file descriptor, as in
//! CPython's selector loop. Failures are `OSError`s of CPython's subclass for the errno
//! (`ConnectionRefusedError`...), with `(errno, message)` arguments and CPython's messages.
//! A would-block result is `None`, never an exception: the stream code waits and retries.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, ToSocketAddrs};
use std::os::fd::RawFd;
use std::rc::Rc;

use mio::net::{TcpListener, TcpStream};

use super::events::{self, Event};
use super::future::{running_loop, Callback};
use super::io::{Direction, Socket};
use crate::builtins::{check_args, def_method, int_arg, native, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

/// The most bytes one `_recv` asks for (CPython's `_SelectorTransport.max_size`).
const MAX_RECV: usize = 256 * 1024;

pub fn install(vm: &mut Vm) {
    def_method(vm, Builtin::EventLoop, "add_reader", add_reader);
    def_method(vm, Builtin::EventLoop, "remove_reader", remove_reader);
    def_method(vm, Builtin::EventLoop, "add_writer", add_writer);
    def_method(vm, Builtin::EventLoop, "remove_writer", remove_writer);
    def_method(
        vm,
        Builtin::EventLoop,
        "create_connection",
        create_connection,
    );
    def_method(vm, Builtin::EventLoop, "create_server", create_server);
}

pub fn module_attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("_getaddrinfo", native("_getaddrinfo", getaddrinfo)),
        ("_bind", native("_bind", bind)),
        ("_listen", native("_listen", listen)),
        ("_polling", native("_polling", polling)),
        ("_connect", native("_connect", connect)),
        ("_connect_result", native("_connect_result", connect_result)),
        ("_accept", native("_accept", accept)),
        ("_recv", native("_recv", recv)),
        ("_send", native("_send", send)),
        ("_shutdown_write", native("_shutdown_write", shutdown_write)),
        ("_close", native("_close", close)),
        ("_sockname", native("_sockname", sockname)),
        ("_peername", native("_peername", peername)),
    ]
}

/// The `OSError` subclass CPython raises for an errno.
fn errno_kind(errno: i32) -> ExcKind {
    match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => ExcKind::OSError,
    }
}

/// The C library's text for an errno ("Connection refused").
fn strerror(errno: i32) -> String {
    let text = io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn os_error_with(errno: i32, msg: String) -> PyErr {
    PyErr::with_args(
        errno_kind(errno),
        vec![Value::Int(errno as i64), Value::str(msg)],
    )
}

/// `OSError(errno, strerror)` for an I/O error, as CPython's socket calls raise it.
fn os_error(e: &io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(n) => os_error_with(n, strerror(n)),
        None => PyErr::with_args(ExcKind::OSError, vec![Value::str(e.to_string())]),
    }
}

/// An address as Python shows it: `(host, port)`, or `(host, port, flowinfo, scope_id)`.
fn address(addr: &SocketAddr) -> Value {
    match addr {
        SocketAddr::V4(a) => Value::tuple(vec![
            Value::str(a.ip().to_string()),
            Value::Int(a.port() as i64),
        ]),
        SocketAddr::V6(a) => Value::tuple(vec![
            Value::str(a.ip().to_string()),
            Value::Int(a.port() as i64),
            Value::Int(a.flowinfo() as i64),
            Value::Int(a.scope_id() as i64),
        ]),
    }
}

fn fd_arg(v: &Value) -> PyResult<RawFd> {
    let n = int_arg(v, "")?;
    RawFd::try_from(n).map_err(|_| os_error(&io::Error::from_raw_os_error(9)))
}

/// A port as given: checked only when a socket uses it, as CPython's `connect()`/`bind()`.
fn port_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::None => Ok(0),
        v => int_arg(v, ""),
    }
}

fn port_in_range(call: &str, port: i64) -> PyResult<u16> {
    u16::try_from(port).map_err(|_| {
        PyErr::new(
            ExcKind::OverflowError,
            format!("{call}(): port must be 0-65535."),
        )
    })
}

/// The addresses for `host` (`None`: every interface when `passive`, else loopback).
fn resolve(host: &Value, passive: bool) -> PyResult<Vec<std::net::IpAddr>> {
    let hosts: Vec<String> = match host {
        Value::None if passive => vec!["0.0.0.0".into(), "::".into()],
        Value::None => vec!["::1".into(), "127.0.0.1".into()],
        v => match v.as_str() {
            Some(s) => vec![s.to_string()],
            None => {
                return Err(PyErr::type_error(format!(
                    "host must be a str, not {}",
                    crate::vm::type_name(v)
                )))
            }
        },
    };
    let mut out = Vec::new();
    for h in hosts {
        let found = (h.as_str(), 0).to_socket_addrs().map_err(|e| {
            let text = e.to_string();
            let text = text
                .strip_prefix("failed to lookup address information: ")
                .unwrap_or(&text)
                .to_string();
            PyErr::with_args(ExcKind::OSError, vec![Value::Int(-2), Value::str(text)])
        })?;
        for a in found {
            if !out.contains(&a.ip()) {
                out.push(a.ip());
            }
        }
    }
    Ok(out)
}

/// `_getaddrinfo(host, port, passive)`: the addresses to connect to or bind, in order.
fn getaddrinfo(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_getaddrinfo", args, &kwargs, 3, 3)?;
    let port = port_arg(&args[1])?;
    let passive = matches!(args[2], Value::Bool(true));
    let addrs = resolve(&args[0], passive)?;
    Ok(Value::list(
        addrs
            .iter()
            .map(|ip| {
                let mut parts = vec![Value::str(ip.to_string()), Value::Int(port)];
                if ip.is_ipv6() {
                    parts.extend([Value::Int(0), Value::Int(0)]);
                }
                Value::tuple(parts)
            })
            .collect(),
    ))
}

fn socket_addr(call: &str, v: &Value) -> PyResult<SocketAddr> {
    let Value::Tuple(t) = v else {
        return Err(PyErr::type_error("an address must be a (host, port) tuple"));
    };
    let (Some(host), Some(port)) = (t.first().and_then(|h| h.as_str()), t.get(1)) else {
        return Err(PyErr::type_error("an address must be a (host, port) tuple"));
    };
    let port = port_in_range(call, port_arg(port)?)?;
    let ip: std::net::IpAddr = host
        .parse()
        .map_err(|_| PyErr::value_error(format!("not a numeric address: {host}")))?;
    Ok(SocketAddr::new(ip, port))
}

/// A bound socket, not listening yet: SO_REUSEADDR as asyncio sets it on POSIX, and an
/// IPv6 socket for IPv6 only (so `::` and `0.0.0.0` can share a port, as on CPython).
fn bound_socket(addr: SocketAddr) -> io::Result<TcpListener> {
    let domain = socket2::Domain::for_address(addr);
    let socket = socket2::Socket::new(domain, socket2::Type::STREAM, Some(socket2::Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    Ok(TcpListener::from_std(socket.into()))
}

/// `_bind(address)`: a server socket bound there, with CPython's message when it cannot be.
fn bind(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_bind", args, &kwargs, 1, 1)?;
    let addr = socket_addr("bind", &args[0])?;
    let listener = bound_socket(addr).map_err(|e| match e.raw_os_error() {
        Some(n) => {
            let shown = vm.repr(&address(&addr)).unwrap_or_default();
            os_error_with(
                n,
                format!(
                    "error while attempting to bind on address {shown}: {}",
                    strerror(n).to_lowercase()
                ),
            )
        }
        None => os_error(&e),
    })?;
    let fd = running_loop(vm)?
        .reactor
        .add_socket(Socket::Listener(listener))
        .map_err(|e| os_error(&e))?;
    Ok(Value::Int(fd as i64))
}

/// `_listen(fd, backlog)`: the bound socket starts accepting connections.
fn listen(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_listen", args, &kwargs, 2, 2)?;
    let fd = fd_arg(&args[0])?;
    let backlog = i32::try_from(int_arg(&args[1], "")?.max(0)).unwrap_or(i32::MAX);
    running_loop(vm)?
        .reactor
        .with_socket(fd, Direction::Read, |s| match s {
            Socket::Listener(l) => socket2::SockRef::from(&*l).listen(backlog),
            Socket::Stream(_) => Err(io::Error::from_raw_os_error(22)),
        })
        .map_err(|e| os_error(&e))?;
    Ok(Value::None)
}

/// `_polling(fd)`: whether a reader and a writer callback wait on the socket (for reprs).
fn polling(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_polling", args, &kwargs, 1, 1)?;
    let fd = fd_arg(&args[0])?;
    let (read, write) = match vm.event_loop.as_deref() {
        Some(lp) => lp.reactor.polling(fd),
        None => (false, false),
    };
    Ok(Value::tuple(vec![Value::Bool(read), Value::Bool(write)]))
}

/// `_connect(address)`: a socket whose non-blocking connect has begun.
fn connect(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_connect", args, &kwargs, 1, 1)?;
    let addr = socket_addr("connect", &args[0])?;
    let stream = TcpStream::connect(addr).map_err(|e| os_error(&e))?;
    let fd = running_loop(vm)?
        .reactor
        .add_socket(Socket::Stream(stream))
        .map_err(|e| os_error(&e))?;
    Ok(Value::Int(fd as i64))
}

fn stream_op<T>(
    vm: &mut Vm,
    fd: &Value,
    direction: Direction,
    op: impl FnOnce(&mut TcpStream) -> io::Result<T>,
) -> PyResult<Option<T>> {
    let fd = fd_arg(fd)?;
    let result = running_loop(vm)?
        .reactor
        .with_socket(fd, direction, |s| match s {
            Socket::Stream(s) => op(s),
            Socket::Listener(_) => Err(io::Error::from_raw_os_error(107)),
        });
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
        Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(None),
        Err(e) => Err(os_error(&e)),
    }
}

/// `_connect_result(fd, address)`: `True` once connected, `False` while connecting; a
/// failed connect raises CPython's "Connect call failed (host, port)".
fn connect_result(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_connect_result", args, &kwargs, 2, 2)?;
    let state = stream_op(vm, &args[0], Direction::Write, |s| {
        if let Some(e) = s.take_error()? {
            return Ok(Err(e));
        }
        match s.peer_addr() {
            Ok(_) => {
                // Small writes go out at once (asyncio's `_set_nodelay`).
                let _ = s.set_nodelay(true);
                Ok(Ok(true))
            }
            Err(e) if e.kind() == io::ErrorKind::NotConnected => Ok(Ok(false)),
            Err(e) => Ok(Err(e)),
        }
    })?;
    match state {
        None | Some(Ok(false)) => Ok(Value::Bool(false)),
        Some(Ok(true)) => Ok(Value::Bool(true)),
        Some(Err(e)) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let shown = vm.repr(&args[1])?;
            Err(os_error_with(errno, format!("Connect call failed {shown}")))
        }
    }
}

/// `_accept(fd)`: `(fd, peername)` of a new connection, or `None` when none is waiting.
fn accept(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_accept", args, &kwargs, 1, 1)?;
    let fd = fd_arg(&args[0])?;
    let lp = running_loop(vm)?;
    let result = lp.reactor.with_socket(fd, Direction::Read, |s| match s {
        Socket::Listener(l) => l.accept(),
        Socket::Stream(_) => Err(io::Error::from_raw_os_error(22)),
    });
    match result {
        Ok((stream, peer)) => {
            let _ = stream.set_nodelay(true);
            let new_fd = lp
                .reactor
                .add_socket(Socket::Stream(stream))
                .map_err(|e| os_error(&e))?;
            Ok(Value::tuple(vec![
                Value::Int(new_fd as i64),
                address(&peer),
            ]))
        }
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock
                    | io::ErrorKind::Interrupted
                    | io::ErrorKind::ConnectionAborted
            ) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(os_error(&e)),
    }
}

/// `_recv(fd)`: the bytes waiting (`b""` at end of stream), or `None` when none are.
fn recv(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_recv", args, &kwargs, 1, 1)?;
    let data = stream_op(vm, &args[0], Direction::Read, |s| {
        let mut buf = vec![0u8; MAX_RECV];
        let n = s.read(&mut buf)?;
        buf.truncate(n);
        Ok(buf)
    })?;
    // A short read drained the socket (an empty one is the end, which stays readable).
    if let Some(d) = &data {
        if !d.is_empty() && d.len() < MAX_RECV {
            running_loop(vm)?
                .reactor
                .exhausted(fd_arg(&args[0])?, Direction::Read);
        }
    }
    Ok(data.map_or(Value::None, |d| Value::Bytes(Rc::new(d))))
}

/// `_send(fd, data)`: how many bytes went out, or `None` when the socket is full.
fn send(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_send", args, &kwargs, 2, 2)?;
    let Value::Bytes(data) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::vm::type_name(&args[1])
        )));
    };
    let data = data.clone();
    let n = stream_op(vm, &args[0], Direction::Write, |s| s.write(&data))?;
    // A short write filled the socket's buffer.
    if n.is_some_and(|n| n < data.len()) {
        running_loop(vm)?
            .reactor
            .exhausted(fd_arg(&args[0])?, Direction::Write);
    }
    Ok(n.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn shutdown_write(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_shutdown_write", args, &kwargs, 1, 1)?;
    stream_op(vm, &args[0], Direction::Write, |s| {
        s.shutdown(Shutdown::Write)
    })?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_close", args, &kwargs, 1, 1)?;
    let fd = fd_arg(&args[0])?;
    if let Some(lp) = vm.event_loop.as_deref_mut() {
        lp.reactor.close(fd);
    }
    Ok(Value::None)
}

fn name_of(vm: &mut Vm, args: &[Value], peer: bool) -> PyResult<Value> {
    let fd = fd_arg(&args[0])?;
    let addr = running_loop(vm)?
        .reactor
        .with_socket(fd, Direction::Read, |s| match (s, peer) {
            (Socket::Listener(l), false) => l.local_addr(),
            (Socket::Listener(_), true) => Err(io::Error::from_raw_os_error(107)),
            (Socket::Stream(s), false) => s.local_addr(),
            (Socket::Stream(s), true) => s.peer_addr(),
        })
        .map_err(|e| os_error(&e))?;
    Ok(address(&addr))
}

fn sockname(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_sockname", args, &kwargs, 1, 1)?;
    name_of(vm, args, false)
}

fn peername(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("_peername", args, &kwargs, 1, 1)?;
    name_of(vm, args, true)
}

/// The file descriptor an `add_reader` argument names: an int, or an object's `fileno()`.
fn fileno(vm: &mut Vm, v: &Value) -> PyResult<RawFd> {
    match v {
        Value::Int(_) | Value::Bool(_) => fd_arg(v),
        other => {
            let f = vm
                .get_attr(other, &Rc::new(crate::vm::Str::new("fileno")))
                .map_err(|_| {
                    PyErr::value_error(format!(
                        "Invalid file object: {}",
                        vm.repr(other).unwrap_or_default()
                    ))
                })?;
            let n = vm.call(&f, Vec::new(), Vec::new())?;
            fd_arg(&n)
        }
    }
}

fn add_callback(vm: &mut Vm, args: &[Value], name: &str, direction: Direction) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(PyErr::type_error(format!(
            "{name}() missing required positional arguments: 'fd' and 'callback'"
        )));
    }
    let fd = fileno(vm, &args[1])?;
    let cb = Callback::call(args[2].clone(), args[3..].to_vec());
    let lp = running_loop(vm)?;
    match lp.reactor.add_callback(fd, direction, cb) {
        Some(_) => {
            let source = lp.reactor.describe(fd);
            events::emit(
                vm,
                Event::IoWait {
                    source,
                    interest: super::io::interest(direction),
                },
            );
            Ok(Value::None)
        }
        None => Err(PyErr::value_error(format!(
            "{name}() watches only sockets made by weft's asyncio (file descriptor {fd} is not one)"
        ))),
    }
}

fn remove_callback(
    vm: &mut Vm,
    args: &[Value],
    kwargs: Kwargs,
    name: &str,
    direction: Direction,
) -> PyResult<Value> {
    check_args(name, &args[1..], &kwargs, 1, 1)?;
    let fd = fileno(vm, &args[1])?;
    Ok(Value::Bool(
        running_loop(vm)?.reactor.remove_callback(fd, direction),
    ))
}

fn add_reader(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("add_reader", &[], &kwargs, 0, 0)?;
    add_callback(vm, args, "add_reader", Direction::Read)
}

fn add_writer(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("add_writer", &[], &kwargs, 0, 0)?;
    add_callback(vm, args, "add_writer", Direction::Write)
}

fn remove_reader(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    remove_callback(vm, args, kwargs, "remove_reader", Direction::Read)
}

fn remove_writer(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    remove_callback(vm, args, kwargs, "remove_writer", Direction::Write)
}

/// A loop method written in the embedded stream code: `asyncio.<name>(loop, *args, **kwargs)`.
fn in_python(vm: &mut Vm, name: &str, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let no_globals = std::cell::RefCell::new(crate::vm::Dict::default());
    let asyncio = crate::modules::import_name(vm, &no_globals, "asyncio", 0, true)?;
    let f = vm.get_attr(&asyncio, &Rc::new(crate::vm::Str::new(name)))?;
    vm.call(&f, args.to_vec(), kwargs)
}

/// `loop.create_connection(protocol_factory, host, port)`: a coroutine giving
/// `(transport, protocol)`.
fn create_connection(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    in_python(vm, "_create_connection", args, kwargs)
}

/// `loop.create_server(protocol_factory, host, port)`: a coroutine giving a `Server`.
fn create_server(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    in_python(vm, "_create_server", args, kwargs)
}
