//! The reactor (decision 7): the loop's sockets, registered with one `mio::Poll`, and the
//! reader/writer callbacks (`loop.add_reader`/`add_writer`) to schedule when a socket is
//! ready. It takes "wait until the next timer, or until I/O" from the loop's idle step and
//! gives back the handles to run, appended to the ready FIFO before the due timers, as
//! CPython's `_run_once` does with the selector's events.
//!
//! mio's readiness is edge-triggered; asyncio's selector is level-triggered (a callback runs
//! on every iteration while its socket stays readable). The reactor keeps that contract with a
//! flag per direction: an event sets it, and only an operation that meets `WouldBlock`
//! (through `with_socket`) or takes all there was (`exhausted`: a short read or write)
//! clears it. So a socket is never forgotten with unread data, and a callback runs when
//! asyncio's would.
//!
//! Virtual time (decision 6) meets real I/O by one rule: when nothing is ready and a socket
//! has a callback waiting, the reactor polls for real for at most the gap to the next timer,
//! capped at `VIRTUAL_IO_GRACE`; I/O that arrives takes no virtual time, and if none arrives
//! the clock jumps to the timer. A peer in the same process (the usual test) has its bytes in
//! the kernel before the poll, so runs stay instant and deterministic.

use std::collections::{HashMap, VecDeque};
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::rc::Rc;
use std::time::Duration;

use mio::net::{TcpListener, TcpStream};
use mio::{Events, Poll, Token};

use super::clock::Clock;
use super::event_loop::Ready;
use super::events::Interest;
use super::future::{Callback, Handle};

/// Longest real wait for I/O before virtual time jumps to the next timer.
const VIRTUAL_IO_GRACE: f64 = 0.01;

/// A socket the reactor owns: a listening one or a connection.
pub enum Socket {
    Listener(TcpListener),
    Stream(TcpStream),
}

impl Socket {
    fn fd(&self) -> RawFd {
        match self {
            Socket::Listener(l) => l.as_raw_fd(),
            Socket::Stream(s) => s.as_raw_fd(),
        }
    }
}

struct Source {
    socket: Socket,
    /// The socket's number in this loop, from 1: how events name it (file descriptors and
    /// ports differ from run to run).
    number: u64,
    reader: Option<Rc<Handle>>,
    writer: Option<Rc<Handle>>,
    readable: bool,
    writable: bool,
    /// The peer closed its end or the socket failed: reads never run dry again (the end of
    /// the stream or the error is always there to read), so `exhausted` keeps it readable.
    read_closed: bool,
    /// In `ready_order`.
    queued: bool,
}

impl Source {
    /// Ready some way a callback waits on: its callback is due.
    fn actionable(&self) -> bool {
        (self.readable && live(&self.reader).is_some())
            || (self.writable && live(&self.writer).is_some())
    }
}

/// Which way a callback waits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Read,
    Write,
}

#[derive(Default)]
pub struct Reactor {
    /// Made on first use, so a program without sockets or idle waits never opens one.
    poll: Option<Poll>,
    events: Option<Events>,
    sources: HashMap<RawFd, Source>,
    /// Sockets whose callbacks are due, in the order they became so (as epoll's ready list:
    /// when an event comes for a watched direction, or a callback is added to a socket
    /// already ready that way). Only these are looked at each iteration, however many
    /// sockets are open.
    ready_order: VecDeque<RawFd>,
    /// Reader and writer callbacks registered (a count, so the idle step need not scan).
    waiters: usize,
    /// The Ctrl-C wakeup socket (`attention::sigint_wakeup`), watched so a SIGINT ends an
    /// idle wait; its events match no source and only wake the loop.
    interrupt: Option<mio::net::UnixStream>,
    /// Sockets added so far.
    count: u64,
}

/// The observer's word for a direction.
pub fn interest(direction: Direction) -> Interest {
    match direction {
        Direction::Read => Interest::Read,
        Direction::Write => Interest::Write,
    }
}

fn handle_for(cb: Callback) -> Rc<Handle> {
    Rc::new(Handle {
        // Reader/writer handles are not timers and never appear in events by number.
        id: 0,
        callback: std::cell::RefCell::new(Some(cb)),
        cancelled: std::cell::Cell::new(false),
        deadline: 0.0,
        is_timer: false,
        scheduled: std::cell::Cell::new(false),
    })
}

fn live(h: &Option<Rc<Handle>>) -> Option<&Rc<Handle>> {
    h.as_ref().filter(|h| !h.cancelled.get())
}

impl Reactor {
    fn poll(&mut self) -> io::Result<&mut Poll> {
        if self.poll.is_none() {
            let poll = Poll::new()?;
            if let Some(wakeup) = super::attention::sigint_wakeup() {
                let mut wakeup = mio::net::UnixStream::from_std(wakeup);
                let token = Token(wakeup.as_raw_fd() as usize);
                if poll
                    .registry()
                    .register(&mut wakeup, token, mio::Interest::READABLE)
                    .is_ok()
                {
                    self.interrupt = Some(wakeup);
                }
            }
            self.poll = Some(poll);
            self.events = Some(Events::with_capacity(256));
        }
        self.poll
            .as_mut()
            .ok_or_else(|| io::Error::other("no poll"))
    }

    /// Takes ownership of a socket and registers it for both directions (once: readiness
    /// is tracked by flags, so interest never changes). Gives its file descriptor.
    pub fn add_socket(&mut self, mut socket: Socket) -> io::Result<RawFd> {
        let fd = socket.fd();
        let registry = self.poll()?.registry();
        let interest = mio::Interest::READABLE | mio::Interest::WRITABLE;
        match &mut socket {
            Socket::Listener(l) => registry.register(l, Token(fd as usize), interest)?,
            Socket::Stream(s) => registry.register(s, Token(fd as usize), interest)?,
        }
        self.count += 1;
        self.sources.insert(
            fd,
            Source {
                socket,
                number: self.count,
                reader: None,
                writer: None,
                readable: false,
                writable: false,
                read_closed: false,
                queued: false,
            },
        );
        Ok(fd)
    }

    /// A socket as events name it: "socket 1 (listening)", "socket 2".
    pub fn describe(&self, fd: RawFd) -> String {
        match self.sources.get(&fd) {
            Some(Source {
                socket: Socket::Listener(_),
                number,
                ..
            }) => format!("socket {number} (listening)"),
            Some(s) => format!("socket {}", s.number),
            None => format!("file descriptor {fd}"),
        }
    }

    /// Runs `op` on the socket; a `WouldBlock` result clears the direction's readiness flag
    /// (the level-triggered emulation depends on every operation going through here).
    pub fn with_socket<T>(
        &mut self,
        fd: RawFd,
        direction: Direction,
        op: impl FnOnce(&mut Socket) -> io::Result<T>,
    ) -> io::Result<T> {
        let source = self
            .sources
            .get_mut(&fd)
            .ok_or_else(|| io::Error::from_raw_os_error(9))?;
        let result = op(&mut source.socket);
        if matches!(&result, Err(e) if e.kind() == io::ErrorKind::WouldBlock) {
            match direction {
                Direction::Read => source.readable = false,
                Direction::Write => source.writable = false,
            }
        }
        result
    }

    /// Records that an operation took everything the socket had (a short read) or all the
    /// room it had (a short write). Safe to forget the readiness then: with edge-triggered
    /// events, bytes or room that come later raise a new event. Saves the callback that
    /// would only meet `WouldBlock`, so callbacks run exactly when asyncio's would.
    pub fn exhausted(&mut self, fd: RawFd, direction: Direction) {
        if let Some(source) = self.sources.get_mut(&fd) {
            match direction {
                Direction::Read => source.readable = source.read_closed,
                Direction::Write => source.writable = false,
            }
        }
    }

    /// Closes a socket: it leaves the poll and its callbacks are cancelled.
    pub fn close(&mut self, fd: RawFd) {
        if let Some(mut source) = self.sources.remove(&fd) {
            if let Some(poll) = &self.poll {
                let registry = poll.registry();
                let _ = match &mut source.socket {
                    Socket::Listener(l) => registry.deregister(l),
                    Socket::Stream(s) => registry.deregister(s),
                };
            }
            for h in [source.reader, source.writer].into_iter().flatten() {
                self.waiters -= 1;
                h.cancelled.set(true);
                h.callback.borrow_mut().take();
            }
            self.ready_order.retain(|f| *f != fd);
        }
    }

    /// `add_reader`/`add_writer`: `cb` runs whenever the socket is ready that way, replacing
    /// (and cancelling) the callback there was. `None` when the socket is not the reactor's.
    pub fn add_callback(
        &mut self,
        fd: RawFd,
        direction: Direction,
        cb: Callback,
    ) -> Option<Rc<Handle>> {
        let source = self.sources.get_mut(&fd)?;
        let handle = handle_for(cb);
        let slot = match direction {
            Direction::Read => &mut source.reader,
            Direction::Write => &mut source.writer,
        };
        match slot.replace(handle.clone()) {
            Some(old) => {
                old.cancelled.set(true);
                old.callback.borrow_mut().take();
            }
            None => self.waiters += 1,
        }
        self.enqueue(fd);
        Some(handle)
    }

    /// Puts the socket in `ready_order` if its callbacks are due and it is not there yet.
    fn enqueue(&mut self, fd: RawFd) {
        if let Some(source) = self.sources.get_mut(&fd) {
            if !source.queued && source.actionable() {
                source.queued = true;
                self.ready_order.push_back(fd);
            }
        }
    }

    /// `remove_reader`/`remove_writer`: whether a callback was there.
    pub fn remove_callback(&mut self, fd: RawFd, direction: Direction) -> bool {
        let Some(source) = self.sources.get_mut(&fd) else {
            return false;
        };
        let slot = match direction {
            Direction::Read => &mut source.reader,
            Direction::Write => &mut source.writer,
        };
        match slot.take() {
            Some(h) => {
                self.waiters -= 1;
                h.cancelled.set(true);
                h.callback.borrow_mut().take();
                true
            }
            None => false,
        }
    }

    /// Whether a reader and a writer callback wait on the socket.
    pub fn polling(&self, fd: RawFd) -> (bool, bool) {
        self.sources.get(&fd).map_or((false, false), |s| {
            (live(&s.reader).is_some(), live(&s.writer).is_some())
        })
    }

    /// Whether some callback waits on a socket (so I/O can still wake the loop).
    pub fn has_waiters(&self) -> bool {
        self.waiters > 0
    }

    /// Whether a waiting callback's socket is already known to be ready.
    fn has_ready(&self) -> bool {
        self.ready_order
            .iter()
            .any(|fd| self.sources.get(fd).is_some_and(Source::actionable))
    }

    /// The loop's wait for one iteration. `busy` (callbacks are ready, or the loop stops)
    /// means do not block; `deadline` is the next timer. The handles of ready sockets are
    /// appended to `ready`, and each (socket, direction) to `seen` when one is given (for the
    /// observer). `false` when nothing at all can wake the loop again.
    pub fn wait(
        &mut self,
        clock: &mut Clock,
        ready: &mut VecDeque<Ready>,
        deadline: Option<f64>,
        busy: bool,
        seen: Option<&mut Vec<(RawFd, Direction)>>,
    ) -> bool {
        let waiters = self.has_waiters();
        let now = clock.now();
        let gap = deadline.map(|d| (d - now).max(0.0));
        if busy || self.has_ready() {
            if waiters {
                self.poll_events(Some(0.0));
            }
        } else if !waiters {
            match deadline {
                None => return false,
                Some(d) => match clock {
                    Clock::Virtual(_) => clock.wait_until(d),
                    // Idle in the OS: nothing else can wake us, but a poll is where we wait.
                    Clock::Real(_) => {
                        if !self.poll_events(gap) {
                            clock.wait_until(d);
                        }
                    }
                },
            }
        } else {
            match clock {
                Clock::Real(_) => {
                    self.poll_events(gap);
                }
                Clock::Virtual(_) => {
                    let grace = gap.map_or(VIRTUAL_IO_GRACE, |g| g.min(VIRTUAL_IO_GRACE));
                    let timeout = if deadline.is_some() {
                        Some(grace)
                    } else {
                        None
                    };
                    self.poll_events(timeout);
                    if !self.has_ready() {
                        if let Some(d) = deadline {
                            clock.wait_until(d);
                        }
                    }
                }
            }
        }
        self.dispatch(ready, seen);
        true
    }

    /// Polls the OS for up to `timeout` seconds (`None`: until an event) and records the
    /// readiness it reports. `false` when no poll could be made.
    fn poll_events(&mut self, timeout: Option<f64>) -> bool {
        if self.poll().is_err() {
            return false;
        }
        let (Some(poll), Some(events)) = (self.poll.as_mut(), self.events.as_mut()) else {
            return false;
        };
        let timeout = timeout.map(|t| Duration::from_secs_f64(t.max(0.0)));
        // EINTR (a signal) is a wakeup with no events; the loop goes round again.
        if poll.poll(events, timeout).is_err() {
            return true;
        }
        for event in events.iter() {
            let fd = event.token().0 as RawFd;
            let Some(source) = self.sources.get_mut(&fd) else {
                continue;
            };
            // An error or hang-up wakes both directions: the next operation reports it.
            let failed = event.is_error() || event.is_read_closed() || event.is_write_closed();
            source.read_closed |= event.is_error() || event.is_read_closed();
            if event.is_readable() || failed {
                source.readable = true;
            }
            if event.is_writable() || failed {
                source.writable = true;
            }
            if !source.queued && source.actionable() {
                source.queued = true;
                self.ready_order.push_back(fd);
            }
        }
        true
    }

    /// Appends the due callbacks to `ready`, in the order their sockets became due, and
    /// drops the sockets no longer due from `ready_order`.
    fn dispatch(
        &mut self,
        ready: &mut VecDeque<Ready>,
        mut seen: Option<&mut Vec<(RawFd, Direction)>>,
    ) {
        let sources = &mut self.sources;
        self.ready_order.retain(|fd| {
            let Some(s) = sources.get_mut(fd) else {
                return false;
            };
            if !s.actionable() {
                s.queued = false;
                return false;
            }
            for (flag, handle, direction) in [
                (s.readable, &s.reader, Direction::Read),
                (s.writable, &s.writer, Direction::Write),
            ] {
                if let (true, Some(h)) = (flag, live(handle)) {
                    ready.push_back(Ready::Handle(h.clone()));
                    if let Some(seen) = seen.as_deref_mut() {
                        seen.push((*fd, direction));
                    }
                }
            }
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listener() -> (Reactor, RawFd, std::net::SocketAddr) {
        let mut reactor = Reactor::default();
        let l = TcpListener::bind("127.0.0.1:0".parse().expect("an address")).expect("bind");
        let addr = l.local_addr().expect("bound");
        let fd = reactor.add_socket(Socket::Listener(l)).expect("registered");
        (reactor, fd, addr)
    }

    fn accept(reactor: &mut Reactor, fd: RawFd) -> io::Result<()> {
        reactor.with_socket(fd, Direction::Read, |s| match s {
            Socket::Listener(l) => l.accept().map(|_| ()),
            Socket::Stream(_) => unreachable!("a listener"),
        })
    }

    /// Level-triggered over edge-triggered: the reader callback is scheduled on every wait
    /// while a connection waits to be accepted, and no more once accept meets WouldBlock.
    #[test]
    fn a_reader_runs_while_its_socket_stays_ready() {
        let (mut reactor, fd, addr) = listener();
        let mut clock = Clock::new(Some(0.0));
        let mut ready = VecDeque::new();
        reactor.add_callback(fd, Direction::Read, Callback::Stop);
        assert!(reactor.wait(&mut clock, &mut ready, Some(5.0), false, None));
        assert!(ready.is_empty(), "nothing connected yet");
        assert_eq!(clock.now(), 5.0, "virtual time jumps once no I/O comes");

        let _client = std::net::TcpStream::connect(addr).expect("connect");
        let mut seen = Vec::new();
        assert!(reactor.wait(&mut clock, &mut ready, Some(9.0), false, Some(&mut seen)));
        assert_eq!(ready.len(), 1);
        assert_eq!(seen, vec![(fd, Direction::Read)]);
        assert_eq!(clock.now(), 5.0, "I/O takes no virtual time");
        reactor.wait(&mut clock, &mut ready, Some(9.0), true, None);
        assert_eq!(ready.len(), 2, "still ready: scheduled again");

        accept(&mut reactor, fd).expect("a connection waits");
        let drained = accept(&mut reactor, fd);
        assert!(matches!(drained, Err(e) if e.kind() == io::ErrorKind::WouldBlock));
        reactor.wait(&mut clock, &mut ready, Some(9.0), true, None);
        assert_eq!(ready.len(), 2, "drained: not scheduled");
    }

    #[test]
    fn nothing_can_wake_a_loop_without_timers_or_waiters() {
        let (mut reactor, fd, _) = listener();
        let mut clock = Clock::new(Some(0.0));
        let mut ready = VecDeque::new();
        reactor.add_callback(fd, Direction::Read, Callback::Stop);
        assert!(reactor.has_waiters());
        assert!(reactor.remove_callback(fd, Direction::Read));
        assert!(!reactor.remove_callback(fd, Direction::Read));
        assert!(!reactor.wait(&mut clock, &mut ready, None, false, None));
        reactor.add_callback(fd, Direction::Write, Callback::Stop);
        reactor.close(fd);
        assert!(!reactor.has_waiters(), "closing cancels the callbacks");
        assert_eq!(reactor.describe(fd), format!("file descriptor {fd}"));
    }
}
