//! Futures, tasks and scheduled callbacks. A `Future` holds a state, a result or exception and
//! the callbacks to schedule when it is done; a task is a future with a `TaskPart` (its
//! coroutine and what it waits on). A `Handle` is one scheduled callback (`call_soon`,
//! `call_later`) that can be cancelled. Invariant: a future leaves `Pending` once, and its
//! done callbacks are then each scheduled with `call_soon`, in the order they were added.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::event_loop::Loop;
use crate::vm::{ExcKind, PyErr, PyResult, Value, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutureState {
    Pending,
    Cancelled,
    Finished,
}

impl FutureState {
    fn name(self) -> &'static str {
        match self {
            FutureState::Pending => "PENDING",
            FutureState::Cancelled => "CANCELLED",
            FutureState::Finished => "FINISHED",
        }
    }
}

/// What a task adds to a future: the coroutine it drives and its cancellation bookkeeping
/// (the fields of CPython's `Task`). `Cell`s rather than `RefCell`s and the rarely set name
/// boxed: 100k parked tasks each hold one.
pub struct TaskPart {
    pub coro: Value,
    /// The name and the last wait, each rarely there (see `Rare`).
    rare: Cell<Option<Box<Rare>>>,
    pub must_cancel: Cell<bool>,
    pub cancels_requested: Cell<u32>,
    /// The future the coroutine is suspended on (`_fut_waiter`).
    waiter: Cell<Option<Rc<Future>>>,
    /// The task's number on its loop (`Task-N` by default), for observers.
    pub id: u64,
    /// The coroutine's code, for its repr once its frame is gone (`done, defined at x.py:5`).
    pub code: Option<Rc<crate::vm::Code>>,
}

/// What few tasks have, boxed together so a task's part stays 56 bytes.
#[derive(Default)]
struct Rare {
    /// `None` until the name is first asked for (then `Task-N` unless given): most tasks
    /// never are, and 100k names would be 100k strings.
    name: Option<Value>,
    /// What the task was last suspended on, kept only while an observer is attached (so a
    /// resumption can say what it waited for).
    last_wait: Option<super::events::Wait>,
}

impl TaskPart {
    /// A pending task's part; `name` is `None` for the default `Task-N`.
    pub fn new(coro: Value, name: Value, id: u64, code: Option<Rc<crate::vm::Code>>) -> TaskPart {
        TaskPart {
            coro,
            rare: Cell::new((!matches!(name, Value::None)).then(|| {
                Box::new(Rare {
                    name: Some(name),
                    last_wait: None,
                })
            })),
            must_cancel: Cell::new(false),
            cancels_requested: Cell::new(0),
            waiter: Cell::new(None),
            id,
            code,
        }
    }

    /// Runs `f` on the rare fields (made if absent).
    fn with_rare<R>(&self, f: impl FnOnce(&mut Rare) -> R) -> R {
        let mut rare = self.rare.take().unwrap_or_default();
        let r = f(&mut rare);
        self.rare.set(Some(rare));
        r
    }

    /// The task's name (`get_name()`), made `Task-N` on first use if none was given.
    pub fn name(&self) -> Value {
        let id = self.id;
        self.with_rare(|r| {
            r.name
                .get_or_insert_with(|| Value::str(format!("Task-{id}")))
                .clone()
        })
    }

    /// `set_name(name)`.
    pub fn set_name(&self, name: Value) {
        self.with_rare(|r| r.name = Some(name));
    }

    /// The future the coroutine is suspended on, if any.
    pub fn waiter(&self) -> Option<Rc<Future>> {
        let w = self.waiter.take();
        self.waiter.set(w.clone());
        w
    }

    pub fn set_waiter(&self, fut: Option<Rc<Future>>) {
        self.waiter.set(fut);
    }

    /// What the task was last suspended on (taken: a resumption reports it once).
    pub fn take_last_wait(&self) -> Option<super::events::Wait> {
        let rare = self.rare.take()?;
        let mut rare = rare;
        let wait = rare.last_wait.take();
        self.rare.set(Some(rare));
        wait
    }

    pub fn set_last_wait(&self, wait: super::events::Wait) {
        self.with_rare(|r| r.last_wait = Some(wait));
    }
}

/// `gather`'s outer future keeps its children to cancel them.
#[derive(Debug, Default)]
pub struct GatherPart {
    pub children: RefCell<Vec<Rc<Future>>>,
    /// Distinct children (the same awaitable given twice is one child).
    pub unique: Cell<usize>,
    pub return_exceptions: bool,
    pub finished: Cell<usize>,
    pub cancel_requested: Cell<bool>,
}

/// A future: 56 bytes (a chunk of 80 with its `Rc` counts), as a parked task holds two.
pub struct Future {
    pub state: Cell<FutureState>,
    /// `outcome` is the exception (when `Finished`), or the `CancelledError` that ended a
    /// task's coroutine (when `Cancelled`).
    pub(super) failed: Cell<bool>,
    /// An exception was set and nobody has looked at it yet (`result()`, `exception()`):
    /// dropping the future then reports "exception was never retrieved".
    pub log_traceback: Cell<bool>,
    /// A task dropped while pending reports "Task was destroyed but it is pending!".
    pub log_destroy_pending: Cell<bool>,
    /// One slot for what the state needs: `Finished`, the result or (`failed`) the
    /// exception; `Cancelled`, the cancel message or (`failed`) the `CancelledError` that
    /// ended a task's coroutine, re-raised once by `result()` (so the message and traceback
    /// are the coroutine's); `Pending`, a task's cancel message once `cancel(msg)` asked for
    /// one before its coroutine could be told.
    pub(super) outcome: Cell<Value>,
    /// Done callbacks, in the order added (a `Cell`: taken out for any use, no borrow flag).
    callbacks: Cell<Callbacks>,
    /// A task's or gather's part (see `Kind`).
    kind: Option<Box<Kind>>,
}

/// A future's done callbacks. Nearly every future gets exactly one (its waiting task's
/// wakeup, `gather`'s child callback), held inline: no allocation, and with the rare list
/// boxed this is a `Callback`'s 24 bytes.
#[derive(Default)]
enum Callbacks {
    #[default]
    Empty,
    One(Callback),
    // Boxed on purpose: a bare `Vec` would make every future 8 bytes bigger.
    #[allow(clippy::box_collection)]
    Many(Box<Vec<Callback>>),
}

impl Callbacks {
    fn as_slice(&self) -> &[Callback] {
        match self {
            Callbacks::Empty => &[],
            Callbacks::One(cb) => std::slice::from_ref(cb),
            Callbacks::Many(v) => v,
        }
    }

    fn push(self, cb: Callback) -> Callbacks {
        match self {
            Callbacks::Empty => Callbacks::One(cb),
            Callbacks::One(first) => Callbacks::Many(Box::new(vec![first, cb])),
            Callbacks::Many(mut v) => {
                v.push(cb);
                Callbacks::Many(v)
            }
        }
    }

    fn from_vec(mut v: Vec<Callback>) -> Callbacks {
        match v.len() {
            0 => Callbacks::Empty,
            1 => v.pop().map_or(Callbacks::Empty, Callbacks::One),
            _ => Callbacks::Many(Box::new(v)),
        }
    }

    fn into_vec(self) -> Vec<Callback> {
        match self {
            Callbacks::Empty => Vec::new(),
            Callbacks::One(cb) => vec![cb],
            Callbacks::Many(v) => *v,
        }
    }
}

// `Cell`s of non-`Copy` values cannot be looked into by `derive(Debug)`.
impl std::fmt::Debug for TaskPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TaskPart")
            .field("id", &self.id)
            .field("coro", &self.coro)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Future {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Future")
            .field("state", &self.state.get())
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// What a task or `gather`'s outer future adds to a plain future (boxed: most futures are
/// plain ones, and a suspended task holds one of each). The gather part is boxed again so a
/// `Kind` is no bigger than a task part.
#[derive(Debug)]
enum Kind {
    Task(TaskPart),
    Gather(Box<GatherPart>),
}

/// A callback the loop runs. Done callbacks get the future as their argument when they are
/// scheduled. Every variant holds at most two pointers (24 bytes with the tag): callbacks sit
/// inline in the ready FIFO and in every future's callback list, 100k of each at times.
#[derive(Debug, Clone)]
pub enum Callback {
    /// A Python callable and its arguments.
    Call(Box<(Value, Vec<Value>)>),
    /// `Task.__step`, optionally throwing an exception into the coroutine.
    Step(Rc<Future>, Option<Box<Value>>),
    /// `Task.__wakeup`: the awaited future (the argument) is done.
    Wakeup(Rc<Future>),
    /// A child of a `gather` is done.
    GatherChild(Rc<Future>),
    /// `sleep`'s timer: resolve the future (with the result, `None` if not given) unless it
    /// was cancelled meanwhile.
    SetResultUnlessCancelled(Rc<Future>, Option<Box<Value>>),
    /// `run_until_complete`'s callback: stop the loop.
    Stop,
    /// A done callback bound to its future, ready to run.
    Done(Box<Callback>, Rc<Future>),
    /// `Done(Wakeup(task), fut)` without the box: the done callback nearly every future
    /// has, so waking a task allocates nothing.
    WakeupDone(Rc<Future>, Rc<Future>),
}

impl Callback {
    /// `callable(*args)`.
    pub fn call(f: Value, args: Vec<Value>) -> Callback {
        Callback::Call(Box::new((f, args)))
    }

    /// A task step, throwing `exc` into its coroutine if given.
    pub fn step(task: &Rc<Future>, exc: Option<Value>) -> Callback {
        Callback::Step(task.clone(), exc.map(Box::new))
    }
}

/// A scheduled callback (`asyncio.Handle` / `TimerHandle`).
#[derive(Debug)]
pub struct Handle {
    /// Handles made so far on the loop when this one was made: a timer's number in events.
    pub id: u64,
    pub callback: RefCell<Option<Callback>>,
    pub cancelled: Cell<bool>,
    /// Deadline of a timer handle (see `when()`): a bare `f64` and a flag rather than an
    /// `Option<f64>` keep the 100k handles of a wakeup storm a size class smaller.
    pub(super) deadline: f64,
    pub(super) is_timer: bool,
    /// A timer still in the heap.
    pub scheduled: Cell<bool>,
}

impl Handle {
    /// The deadline of a timer handle (`None` for a `call_soon` one).
    pub fn when(&self) -> Option<f64> {
        self.is_timer.then_some(self.deadline)
    }
}

impl Future {
    pub fn new() -> Future {
        Future {
            state: Cell::new(FutureState::Pending),
            failed: Cell::new(false),
            log_traceback: Cell::new(false),
            log_destroy_pending: Cell::new(true),
            outcome: Cell::new(Value::None),
            callbacks: Cell::new(Callbacks::Empty),
            kind: None,
        }
    }

    pub fn with_task(task: TaskPart) -> Future {
        let mut f = Future::new();
        f.kind = Some(Box::new(Kind::Task(task)));
        f
    }

    pub fn with_gather(gather: GatherPart) -> Future {
        let mut f = Future::new();
        f.kind = Some(Box::new(Kind::Gather(Box::new(gather))));
        f
    }

    pub fn done(&self) -> bool {
        self.state.get() != FutureState::Pending
    }

    /// A copy of the outcome slot.
    fn outcome(&self) -> Value {
        let v = self.outcome.replace(Value::None);
        self.outcome.set(v.clone());
        v
    }

    /// The message given to `cancel(msg)` (`None` if none).
    pub fn cancel_message(&self) -> Value {
        if self.failed.get() || self.state.get() == FutureState::Finished {
            Value::None
        } else {
            self.outcome()
        }
    }

    /// Keeps `cancel(msg)`'s message (the future is pending or being cancelled); once a
    /// task's coroutine ended with a `CancelledError`, that stays and the message is `None`.
    pub fn set_cancel_message(&self, msg: Value) {
        if !self.failed.get() {
            self.outcome.set(msg);
        }
    }

    /// Keeps the `CancelledError` that ended a task's coroutine for `result()`.
    pub fn set_cancelled_exc(&self, exc: Value) {
        self.outcome.set(exc);
        self.failed.set(true);
    }

    /// Runs `f` on the done callbacks.
    pub fn with_callbacks<R>(&self, f: impl FnOnce(&[Callback]) -> R) -> R {
        let callbacks = self.callbacks.take();
        let r = f(callbacks.as_slice());
        self.callbacks.set(callbacks);
        r
    }

    /// Removes the done callbacks `drop` picks; gives how many.
    pub fn remove_callbacks(&self, drop: impl Fn(&Callback) -> bool) -> usize {
        let mut callbacks = self.callbacks.take().into_vec();
        let before = callbacks.len();
        callbacks.retain(|cb| !drop(cb));
        let removed = before - callbacks.len();
        self.callbacks.set(Callbacks::from_vec(callbacks));
        removed
    }

    /// The task part, if this future is a task.
    pub fn task(&self) -> Option<&TaskPart> {
        match self.kind.as_deref() {
            Some(Kind::Task(t)) => Some(t),
            _ => None,
        }
    }

    /// The gather part, if this is `gather`'s outer future.
    pub fn gather(&self) -> Option<&GatherPart> {
        match self.kind.as_deref() {
            Some(Kind::Gather(g)) => Some(g),
            _ => None,
        }
    }

    /// Moves the task or gather part into `to` (a dropped task's report keeps it).
    pub(super) fn move_kind(&mut self, to: &mut Future) {
        to.kind = self.kind.take();
    }

    /// The exception it finished with (`None` if none, or not finished).
    pub fn exception_value(&self) -> Value {
        if self.failed.get() && self.state.get() == FutureState::Finished {
            self.outcome()
        } else {
            Value::None
        }
    }

    /// The result it finished with (`None` if it failed or has not finished).
    pub fn result_value(&self) -> Value {
        if self.failed.get() || self.state.get() != FutureState::Finished {
            Value::None
        } else {
            self.outcome()
        }
    }

    pub fn cancelled(&self) -> bool {
        self.state.get() == FutureState::Cancelled
    }

    pub fn state_name(&self) -> &'static str {
        self.state.get().name()
    }
}

impl Default for Future {
    fn default() -> Future {
        Future::new()
    }
}

/// The running loop, or CPython's error for using one outside `asyncio.run`.
pub fn running_loop(vm: &mut Vm) -> PyResult<&mut Loop> {
    vm.event_loop
        .as_deref_mut()
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "no running event loop"))
}

/// `CancelledError(msg)` for a cancelled future (`_make_cancelled_error`).
pub fn cancelled_error(vm: &Vm, fut: &Future) -> Value {
    if fut.state.get() == FutureState::Cancelled && fut.failed.get() {
        fut.failed.set(false);
        return fut.outcome.replace(Value::None);
    }
    let msg = fut.cancel_message();
    let args = if matches!(msg, Value::None) {
        vec![]
    } else {
        vec![msg]
    };
    vm.new_exception(ExcKind::CancelledError, args)
}

/// Schedules every done callback (`__schedule_callbacks`).
fn schedule_callbacks(vm: &mut Vm, fut: &Rc<Future>) -> PyResult<()> {
    let lp = running_loop(vm)?;
    match fut.callbacks.take() {
        Callbacks::Empty => {}
        Callbacks::One(cb) => lp.call_soon(bind_done(cb, fut)),
        Callbacks::Many(callbacks) => {
            for cb in *callbacks {
                lp.call_soon(bind_done(cb, fut));
            }
        }
    }
    Ok(())
}

/// A done callback bound to the future it is called with.
fn bind_done(cb: Callback, fut: &Rc<Future>) -> Callback {
    match cb {
        Callback::Wakeup(task) => Callback::WakeupDone(task, fut.clone()),
        cb => Callback::Done(Box::new(cb), fut.clone()),
    }
}

fn invalid_state() -> PyErr {
    PyErr::new(ExcKind::InvalidStateError, "invalid state")
}

pub fn set_result(vm: &mut Vm, fut: &Rc<Future>, v: Value) -> PyResult<()> {
    if fut.done() {
        return Err(invalid_state());
    }
    fut.outcome.set(v);
    fut.state.set(FutureState::Finished);
    schedule_callbacks(vm, fut)
}

pub fn set_exception(vm: &mut Vm, fut: &Rc<Future>, exc: Value) -> PyResult<()> {
    if fut.done() {
        return Err(invalid_state());
    }
    let exc = vm.make_exception(exc)?;
    if matches!(&exc, Value::Instance(i) if i.class.is_subclass(vm.exc_class(ExcKind::StopIteration)))
    {
        return Err(PyErr::type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    fut.outcome.set(exc);
    fut.failed.set(true);
    fut.state.set(FutureState::Finished);
    fut.log_traceback.set(true);
    schedule_callbacks(vm, fut)
}

/// `Future.cancel(msg)`: `false` when already done.
pub fn cancel_future(vm: &mut Vm, fut: &Rc<Future>, msg: Value) -> PyResult<bool> {
    if fut.done() {
        return Ok(false);
    }
    fut.state.set(FutureState::Cancelled);
    fut.set_cancel_message(msg);
    schedule_callbacks(vm, fut)?;
    Ok(true)
}

/// `cancel(msg)` as the object's class does it: a task asks its coroutine, a gather cancels
/// its children, a plain future is cancelled at once.
pub fn cancel(vm: &mut Vm, fut: &Rc<Future>, msg: Value) -> PyResult<bool> {
    if let Some(t) = fut.task() {
        if fut.done() {
            return Ok(false);
        }
        t.cancels_requested.set(t.cancels_requested.get() + 1);
        if let Some(w) = t.waiter() {
            if cancel(vm, &w, msg.clone())? {
                return Ok(true);
            }
        }
        t.must_cancel.set(true);
        fut.set_cancel_message(msg);
        return Ok(true);
    }
    if let Some(g) = fut.gather() {
        if fut.done() {
            return Ok(false);
        }
        let mut any = false;
        let children = g.children.borrow().clone();
        for child in &children {
            any |= cancel(vm, child, msg.clone())?;
        }
        if any {
            g.cancel_requested.set(true);
        }
        return Ok(any);
    }
    cancel_future(vm, fut, msg)
}

/// `add_done_callback`: scheduled at once when the future is already done.
pub fn add_done_callback(vm: &mut Vm, fut: &Rc<Future>, cb: Callback) -> PyResult<()> {
    if fut.done() {
        running_loop(vm)?.call_soon(bind_done(cb, fut));
    } else {
        fut.callbacks.set(fut.callbacks.take().push(cb));
    }
    Ok(())
}

/// `Future.result()`.
pub fn result(vm: &Vm, fut: &Future) -> PyResult<Value> {
    fut.log_traceback.set(false);
    match fut.state.get() {
        FutureState::Cancelled => Err(PyErr::Exc(cancelled_error(vm, fut))),
        FutureState::Pending => Err(PyErr::new(ExcKind::InvalidStateError, "Result is not set.")),
        FutureState::Finished => {
            let v = fut.outcome();
            if fut.failed.get() {
                Err(PyErr::Exc(v))
            } else {
                Ok(v)
            }
        }
    }
}

/// `Future.exception()`.
pub fn exception(vm: &Vm, fut: &Future) -> PyResult<Value> {
    match fut.state.get() {
        FutureState::Cancelled => Err(PyErr::Exc(cancelled_error(vm, fut))),
        FutureState::Pending => Err(PyErr::new(
            ExcKind::InvalidStateError,
            "Exception is not set.",
        )),
        FutureState::Finished => {
            fut.log_traceback.set(false);
            Ok(fut.exception_value())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes the memory per parked task was measured with (bench/README.md, asyncperf):
    /// growing one moves a parked task's allocations up a malloc size class.
    #[test]
    fn futures_and_callbacks_stay_small() {
        assert_eq!(std::mem::size_of::<Callback>(), 24);
        assert_eq!(std::mem::size_of::<Callbacks>(), 24);
        assert!(std::mem::size_of::<Future>() <= 56);
        assert!(std::mem::size_of::<Kind>() <= 56);
    }
}
