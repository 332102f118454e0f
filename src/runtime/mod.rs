//! The runtime: asyncio's mechanism in Rust. It takes coroutines (parked VM frames) and gives
//! them a schedule: `event_loop` holds the ready FIFO, the timer heap and the clock; `future`
//! the futures and tasks with their done callbacks; `task` the step that drives a task's
//! coroutine one suspension at a time; `native_coro` the awaitables written in Rust
//! (`asyncio.sleep`); `primitive`, `locks` and `queues` the state and methods of `Event`,
//! `Lock`, `Semaphore` and the queues, whose coroutines are native ones; `asyncio` the
//! Python-facing names; `io` the reactor (sockets in the OS
//! poll the loop idles in) and `sockets` their Python-facing primitives; `runner` is
//! `asyncio.run` (main task, shutdown). Around them: `events` (the observer stream, decision
//! 9), `deadlock` (the report when nothing can wake a task), `dropped` and `describe`
//! (CPython's runtime messages and reprs), `attention` (what the dispatch loop must stop for:
//! queued messages, Ctrl-C). Invariant (decision 4): every step, wakeup and done callback is
//! scheduled through `call_soon` in the order CPython 3.11's `asyncio` schedules it, so output
//! that depends only on scheduling matches CPython's.

mod agen;
mod asyncio;
mod attention;
mod clock;
mod deadlock;
mod describe;
mod dropped;
#[path = "loop.rs"]
mod event_loop;
pub mod events;
mod future;
mod io;
mod locks;
mod native_coro;
mod primitive;
mod queues;
mod runner;
mod sockets;
mod task;

pub use asyncio::{install, module_attrs};
pub use attention::{
    attention, ended_by_interrupt, exit_by_sigint, install_sigint_handler, set_ended_by_interrupt,
};
pub use clock::Clock;
pub use describe::future_repr;
pub use dropped::{queue as queue_dropped, report as report_dropped, Dropped};
pub use event_loop::Loop;
pub use events::{Event, Observer, SharedObserver};
pub use future::{result as future_result, Callback, Future, FutureState, Handle};
pub use native_coro::{send as native_send, throw as native_throw, NativeCoro};
pub use primitive::Primitive;
pub use task::{coro_send, coro_throw};
