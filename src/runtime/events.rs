//! The observer event stream (decision 9). The loop and the task machinery describe what
//! they do as `Event`s — a task created (by whom), started, suspended (on what its innermost
//! coroutine awaits), resumed (and why), finished; timers scheduled, fired, cancelled; Python
//! callbacks run; I/O waits and readiness; runtime warnings — and hand each, stamped with the
//! loop time, to the `Observer` attached to the VM. Trace printers, timelines and the tests'
//! recorder are observers. Invariant: with no observer attached, emitting costs one branch
//! (`Vm::observer` is `None`); events are only built inside that branch, and building one
//! never runs Python code (values are described without calling `__repr__`), so observing a
//! program never changes what it does.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use super::future::{Callback, Future};
use super::native_coro;
use crate::vm::{Value, Vm};

/// Receives the events of a running program, in the order they happen. `at` is the loop's
/// clock (seconds; virtual or real), or `None` for an event outside any loop.
pub trait Observer {
    fn event(&mut self, at: Option<f64>, event: &Event);
}

impl<O: Observer + ?Sized> Observer for Box<O> {
    fn event(&mut self, at: Option<f64>, event: &Event) {
        (**self).event(at, event)
    }
}

/// How the VM and its loops hold the observer (both emit to it).
pub type SharedObserver = Rc<RefCell<dyn Observer>>;

/// A task as events name it: its number on its loop (1 for the first task) and its name.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRef {
    pub id: u64,
    pub name: String,
}

/// What a suspended coroutine waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum Wait {
    /// `asyncio.sleep(d)`: its timer's deadline.
    Sleep { until: f64 },
    /// Another task.
    Task(TaskRef),
    /// `gather`'s future over these children (task names; `a future` for plain ones).
    Gather { children: Vec<String> },
    /// A plain future (made by `loop.create_future()`, `Event.wait()`, `Queue.get()`...).
    Future,
    /// A bare yield (`sleep(0)`): the task is back in the ready queue.
    Yield,
}

/// Where a task is suspended: the innermost coroutine of its await chain and what it awaits
/// (decision 3).
#[derive(Clone, Debug, PartialEq)]
pub struct Suspension {
    /// The qualified name of the innermost `async def` (`Queue.get`), if there is one.
    pub inside: Option<String>,
    pub on: Wait,
}

/// Why a suspended task runs again.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// What it waited on is done (a task finished, a sleep's timer fired, a future resolved).
    Done(Wait),
    /// It yielded with `sleep(0)` and its turn came.
    Yielded,
    /// An exception is thrown in (cancellation: `CancelledError`).
    Thrown(String),
}

/// Which way an I/O source is watched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interest {
    Read,
    Write,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// `create_task` (or `asyncio.run`, `gather`, `ensure_future`) made a task for `coro`.
    TaskCreated {
        task: TaskRef,
        by: Option<TaskRef>,
        coro: String,
    },
    TaskStarted {
        task: TaskRef,
    },
    TaskSuspended {
        task: TaskRef,
        wait: Suspension,
    },
    TaskResumed {
        task: TaskRef,
        why: Why,
    },
    TaskDone {
        task: TaskRef,
        result: String,
    },
    TaskFailed {
        task: TaskRef,
        exception: String,
    },
    TaskCancelled {
        task: TaskRef,
    },
    TimerScheduled {
        timer: u64,
        when: f64,
        callback: String,
    },
    TimerFired {
        timer: u64,
    },
    TimerCancelled {
        timer: u64,
    },
    /// A Python callback (`call_soon`, `call_later`, a done callback) runs.
    CallbackRun {
        callback: String,
    },
    /// The loop starts watching an I/O source (a socket) for readiness.
    IoWait {
        source: String,
        interest: Interest,
    },
    /// The OS reports an I/O source ready.
    IoReady {
        source: String,
        interest: Interest,
    },
    /// A runtime warning printed on stderr (first line of it).
    Warning {
        message: String,
    },
}

impl fmt::Display for TaskRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

impl fmt::Display for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Wait::Sleep { until } => write!(f, "sleep until {until:.3}"),
            Wait::Task(t) => write!(f, "task {t}"),
            Wait::Gather { children } => write!(f, "gather({})", children.join(", ")),
            Wait::Future => f.write_str("a future"),
            Wait::Yield => f.write_str("sleep(0)"),
        }
    }
}

impl fmt::Display for Suspension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inside {
            Some(inside) => write!(f, "{inside}() awaits {}", self.on),
            None => write!(f, "awaits {}", self.on),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Done(Wait::Sleep { .. }) => f.write_str("sleep over"),
            Why::Done(Wait::Yield) | Why::Yielded => f.write_str("after sleep(0)"),
            Why::Done(w) => write!(f, "{w} done"),
            Why::Thrown(exc) => write!(f, "{exc} thrown in"),
        }
    }
}

impl fmt::Display for Interest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Interest::Read => "reading",
            Interest::Write => "writing",
        })
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::TaskCreated { task, by, coro } => match by {
                Some(by) => write!(f, "{task} created by {by}: {coro}"),
                None => write!(f, "{task} created: {coro}"),
            },
            Event::TaskStarted { task } => write!(f, "{task} started"),
            Event::TaskSuspended { task, wait } => write!(f, "{task} suspended: {wait}"),
            Event::TaskResumed { task, why } => write!(f, "{task} resumed: {why}"),
            Event::TaskDone { task, result } => write!(f, "{task} done: {result}"),
            Event::TaskFailed { task, exception } => write!(f, "{task} failed: {exception}"),
            Event::TaskCancelled { task } => write!(f, "{task} cancelled"),
            Event::TimerScheduled {
                timer,
                when,
                callback,
            } => write!(f, "timer {timer} set for {when:.3}: {callback}"),
            Event::TimerFired { timer } => write!(f, "timer {timer} fired"),
            Event::TimerCancelled { timer } => write!(f, "timer {timer} cancelled"),
            Event::CallbackRun { callback } => write!(f, "callback {callback}"),
            Event::IoWait { source, interest } => write!(f, "wait for {source} {interest}"),
            Event::IoReady { source, interest } => write!(f, "{source} ready for {interest}"),
            Event::Warning { message } => write!(f, "warning: {message}"),
        }
    }
}

/// Is an observer attached? The one branch every emitting site takes first.
#[inline]
pub fn observing(vm: &Vm) -> bool {
    vm.observer.is_some()
}

/// Hands `event` to the observer, stamped with the running loop's time (or the virtual
/// clock between loops). For the I/O layer and any other emitter outside this module.
pub fn emit(vm: &Vm, event: Event) {
    let Some(observer) = &vm.observer else {
        return;
    };
    let at = match vm.event_loop.as_deref() {
        Some(lp) => Some(lp.time()),
        None => vm.virtual_clock,
    };
    observer.borrow_mut().event(at, &event);
}

/// A task's reference for events (`None` for a plain future).
pub fn task_ref(fut: &Future) -> Option<TaskRef> {
    let t = fut.task()?;
    let name = t.name();
    // `set_name` stores `str(name)`, so a name is always a string.
    let name = name.as_str().unwrap_or("?").to_string();
    Some(TaskRef { id: t.id, name })
}

/// A short description of a value that never runs Python code: built-in data as its repr,
/// anything else as `<ClassName object>`.
pub fn brief(vm: &mut Vm, v: &Value) -> String {
    fn plain(v: &Value, depth: usize) -> bool {
        match v {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_) => true,
            Value::List(items) => depth < 3 && items.borrow().iter().all(|i| plain(i, depth + 1)),
            Value::Tuple(items) => depth < 3 && items.iter().all(|i| plain(i, depth + 1)),
            _ => false,
        }
    }
    if plain(v, 0) {
        // The repr of plain built-in data never calls back into Python.
        return vm.repr(v).unwrap_or_default();
    }
    match v {
        Value::Instance(i) if i.exc.is_some() => {
            let args = i
                .exc
                .as_ref()
                .map(|e| e.borrow().args.clone())
                .unwrap_or_default();
            let shown: Vec<String> = args.iter().map(|a| brief(vm, a)).collect();
            format!("{}({})", i.class.name, shown.join(", "))
        }
        Value::Future(f) => match task_ref(f) {
            Some(t) => format!("<Task {t}>"),
            None => "<Future>".into(),
        },
        other => format!("<{} object>", crate::vm::type_name(other)),
    }
}

/// What a callback is, for timer and callback events.
pub fn callback_name(cb: &Callback) -> String {
    match cb {
        Callback::Call(call) => callable_name(&call.0),
        Callback::Step(_, _) => "task step".into(),
        Callback::Wakeup(_) | Callback::WakeupDone(..) => "task wakeup".into(),
        Callback::GatherChild(_) => "gather child done".into(),
        Callback::SetResultUnlessCancelled(_, _) => "sleep wakeup".into(),
        Callback::Stop => "stop the loop".into(),
        Callback::Done(inner, _) => callback_name(inner),
    }
}

fn callable_name(f: &Value) -> String {
    match f {
        Value::Function(func) => func.qualname.borrow().to_string(),
        Value::BoundMethod(m) => callable_name(&m.func),
        Value::Native(n) => n.name.to_string(),
        other => format!("<{} object>", crate::vm::type_name(other)),
    }
}

/// The innermost coroutine of a task's await chain and what it awaits (decision 3): follows
/// each suspended coroutine's delegation (`await` is `yield from`) down to the future, timer
/// or bare yield at the bottom.
pub fn suspension(vm: &Vm, coro: &Value) -> Suspension {
    let mut inside = None;
    let mut at = coro.clone();
    for _ in 0..vm.recursion_limit {
        match &at {
            Value::Generator(g) => {
                if g.is_coroutine || g.is_async_gen {
                    inside = Some(g.qualname.to_string());
                }
                match vm.delegate_of(g) {
                    Some(sub) => at = sub,
                    None => break,
                }
            }
            Value::NativeCoro(c) => match native_coro::awaiting_of(c) {
                native_coro::Awaiting::Sleep(until) => {
                    return Suspension {
                        inside,
                        on: Wait::Sleep { until },
                    }
                }
                native_coro::Awaiting::Inner(v) => at = v,
                native_coro::Awaiting::Waiter(name) => {
                    return Suspension {
                        inside: Some(name.to_string()),
                        on: Wait::Future,
                    }
                }
                native_coro::Awaiting::Nothing => break,
            },
            Value::Future(f) => {
                return Suspension {
                    inside,
                    on: future_wait(f),
                }
            }
            _ => break,
        }
    }
    Suspension {
        inside,
        on: Wait::Yield,
    }
}

/// What awaiting `fut` means.
pub fn future_wait(fut: &Future) -> Wait {
    if let Some(t) = task_ref(fut) {
        return Wait::Task(t);
    }
    if let Some(g) = fut.gather() {
        let children = g.children.borrow();
        return Wait::Gather {
            children: children
                .iter()
                .map(|c| task_ref(c).map_or_else(|| "a future".to_string(), |t| t.name))
                .collect(),
        };
    }
    Wait::Future
}
