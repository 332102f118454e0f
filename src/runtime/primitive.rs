//! The native state of asyncio's synchronisation primitives and queues (decision 5): the
//! Python classes in `asyncio.py` (`Event`, `Lock`, `Semaphore`, `BoundedSemaphore`, `Queue`,
//! `LifoQueue`, `PriorityQueue`) keep their names, reprs and subclassability, while their
//! methods are the natives of `locks.rs` and `queues.rs`, which keep the state in one
//! `Primitive` held by the instance under `_core`. Their coroutines (`Event.wait()`,
//! `Lock.acquire()`, `Queue.get()`, ...) are native coroutines in the `Prim` state, stepped
//! here: a step either finishes or yields one waiter future to the task, exactly where CPython
//! 3.11's `locks.py`/`queues.py` `await` one, and the step after it runs the code that follows
//! that `await` (its `finally`/`except` too) with the await's outcome.
//!
//! Invariant: each waiter FIFO holds the futures in the order CPython's deques do, and every
//! future is created, resolved, cancelled and removed at the same point of the program as in
//! CPython, so wakeups are scheduled in the same order (decision 4).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::future::{self, Future};
use super::locks::{self, EventCore, LockCore, SemaphoreCore};
use super::native_coro::{CoroName, NativeCoro, State};
use super::queues::{self, QueueCore};
use crate::builtins::Kwargs;
use crate::vm::{
    AwaitNowFn, ExcKind, GenStep, Instance, Native, NativeFn, PyErr, PyResult, Str, StrKey, Value,
    Vm,
};

/// What a primitive's Python object holds under `_core`.
#[derive(Debug)]
pub enum Primitive {
    Event(EventCore),
    Lock(LockCore),
    Semaphore(SemaphoreCore),
    Queue(QueueCore),
}

/// The instance attribute holding the `Primitive`.
pub(super) const CORE: StrKey<'static> = StrKey::new("_core");

/// Futures waiting on a primitive, oldest first (CPython's `collections.deque`).
pub type Waiters = RefCell<VecDeque<Rc<Future>>>;

/// `waiters.remove(fut)`: whether it was there.
pub(super) fn remove_waiter(waiters: &Waiters, fut: &Rc<Future>) -> bool {
    let mut w = waiters.borrow_mut();
    // Woken waiters leave in FIFO order, so the one removed is nearly always the first.
    match w.iter().position(|f| Rc::ptr_eq(f, fut)) {
        Some(i) => {
            w.remove(i);
            true
        }
        None => false,
    }
}

/// `deque.remove(fut)` in a `finally:` of CPython's code, which raises when it is gone.
pub(super) fn remove_or_error(waiters: &Waiters, fut: &Rc<Future>) -> PyResult<()> {
    if remove_waiter(waiters, fut) {
        Ok(())
    } else {
        Err(PyErr::value_error("deque.remove(x): x not in deque"))
    }
}

/// A new waiter future appended to `waiters` (`loop.create_future()`, `waiters.append`).
pub(super) fn new_waiter(vm: &mut Vm, waiters: &Waiters) -> PyResult<Rc<Future>> {
    future::running_loop(vm)?;
    let fut = Rc::new(Future::new());
    waiters.borrow_mut().push_back(fut.clone());
    Ok(fut)
}

/// What a primitive's coroutine does.
#[derive(Debug)]
pub enum Op {
    /// `Event.wait()`; `Queue.join()` (on the queue's `_finished` event) when `join`.
    EventWait { prim: Rc<Primitive>, join: bool },
    /// `Lock.acquire()` / `Semaphore.acquire()`; `__aenter__` (which gives `None`) when
    /// `aenter`.
    Acquire { prim: Rc<Primitive>, aenter: bool },
    /// `__aenter__` of a subclass whose `acquire` is its own: awaits it, gives `None`.
    AwaitNone { inner: Value },
    /// `__aexit__`: `self.release()` when first stepped.
    Release { owner: Value },
    /// The queue is always an instance (`core_of` checked): held as one, 8 bytes where a
    /// `Value` is 16, which keeps every native coroutine a malloc size class smaller.
    QueueGet {
        owner: Rc<Instance>,
        prim: Rc<Primitive>,
    },
    QueuePut {
        owner: Rc<Instance>,
        prim: Rc<Primitive>,
        item: Value,
    },
}

impl Op {
    /// The coroutine's `__qualname__` (CPython's names, for reprs and the never-awaited
    /// warning).
    pub fn name(&self) -> CoroName {
        match self {
            Op::EventWait { join: false, .. } => CoroName::EventWait,
            Op::EventWait { join: true, .. } => CoroName::QueueJoin,
            Op::Acquire { aenter: true, .. } | Op::AwaitNone { .. } => CoroName::AEnter,
            Op::Acquire { prim, .. } => match &**prim {
                Primitive::Lock(_) => CoroName::LockAcquire,
                _ => CoroName::SemaphoreAcquire,
            },
            Op::Release { .. } => CoroName::AExit,
            Op::QueueGet { .. } => CoroName::QueueGet,
            Op::QueuePut { .. } => CoroName::QueuePut,
        }
    }

    /// The innermost coroutine CPython's await chain has while this one waits (what
    /// observers and the deadlock report name): `Queue.join` waits in `Event.wait`,
    /// `__aenter__` in `acquire`.
    pub fn inside(&self) -> &'static str {
        match self {
            Op::EventWait { .. } => "Event.wait",
            Op::Acquire { prim, .. } => match &**prim {
                Primitive::Lock(_) => "Lock.acquire",
                _ => "Semaphore.acquire",
            },
            other => other.name().as_str(),
        }
    }
}

/// A native coroutine running `op`.
pub fn coroutine(op: Op) -> Value {
    Value::NativeCoro(Rc::new(NativeCoro {
        id: op.name(),
        state: RefCell::new(State::Prim { op, fut: None }),
    }))
}

/// A method returning a primitive's coroutine, with `now`: what awaiting that coroutine
/// gives when its first step finishes at once (the `await` then makes no coroutine).
pub(super) fn coroutine_method(name: &'static str, f: NativeFn, now: AwaitNowFn) -> Value {
    Value::Native(Rc::new(Native {
        name,
        f,
        needs_scope: false,
        await_now: Some(now),
    }))
}

/// The `Primitive` of `args == [self]` (a method taking no argument), for an `AwaitNowFn`:
/// `None` for anything else, which the coroutine's native then reports.
pub(super) fn core_of_self(args: &[Value]) -> Option<Rc<Primitive>> {
    match args {
        [_] => core_of(args).ok(),
        _ => None,
    }
}

/// How the coroutine is resumed.
pub enum Resume {
    Send,
    Throw(Value),
}

/// What a step of the code after an `await` decides.
pub(super) enum Next {
    /// Await this (new) waiter future.
    Wait(Rc<Future>),
    Return(Value),
}

/// One step of a primitive's coroutine (its state is `Done` meanwhile, so a re-entrant step
/// fails as "cannot reuse already awaited coroutine").
pub fn step(
    vm: &mut Vm,
    c: &Rc<NativeCoro>,
    op: Op,
    fut: Option<Rc<Future>>,
    how: Resume,
) -> PyResult<GenStep> {
    if let Op::AwaitNone { inner } = &op {
        let step = match how {
            Resume::Send => super::task::coro_send(vm, inner, Value::None),
            Resume::Throw(exc) => super::task::coro_throw(vm, inner, exc),
        };
        return match step? {
            GenStep::Yielded(v) => {
                *c.state.borrow_mut() = State::Prim { op, fut };
                Ok(GenStep::Yielded(v))
            }
            GenStep::Returned(_) => Ok(GenStep::Returned(Value::None)),
        };
    }
    // The outcome of the `await waiter` this step resumes (none on the first step).
    let outcome = match (&fut, how) {
        (None, Resume::Send) => None,
        // Thrown in before it ran: the body never starts.
        (None, Resume::Throw(exc)) => return Err(PyErr::Exc(vm.make_exception(exc)?)),
        (Some(f), Resume::Send) if !f.done() => Some(Err(PyErr::new(
            ExcKind::RuntimeError,
            "await wasn't used with future",
        ))),
        (Some(f), Resume::Send) => Some(future::result(vm, f)),
        (Some(_), Resume::Throw(exc)) => Some(Err(PyErr::Exc(vm.make_exception(exc)?))),
    };
    let next = match (&op, fut) {
        (Op::EventWait { prim, join }, fut) => {
            locks::event_wait_step(vm, prim, *join, fut, outcome)?
        }
        (Op::Acquire { prim, aenter }, fut) => {
            locks::acquire_step(vm, prim, *aenter, fut, outcome)?
        }
        (Op::Release { owner }, _) => {
            call_method(vm, owner, "release", vec![])?;
            Next::Return(Value::None)
        }
        (Op::QueueGet { owner, prim }, fut) => {
            let owner = Value::Instance(owner.clone());
            queues::get_step(vm, &owner, prim, fut, outcome)?
        }
        (Op::QueuePut { owner, prim, item }, fut) => {
            let owner = Value::Instance(owner.clone());
            queues::put_step(vm, &owner, prim, item, fut, outcome)?
        }
        (Op::AwaitNone { .. }, _) => Next::Return(Value::None),
    };
    match next {
        Next::Wait(f) => {
            *c.state.borrow_mut() = State::Prim {
                op,
                fut: Some(f.clone()),
            };
            Ok(GenStep::Yielded(Value::Future(f)))
        }
        Next::Return(v) => Ok(GenStep::Returned(v)),
    }
}

/// Is `err` a `CancelledError`?
pub(super) fn is_cancelled(vm: &Vm, err: &PyErr) -> bool {
    vm.err_matches(err, ExcKind::CancelledError)
}

/// `self.name(*args)`, looked up as Python does (for subclasses that override it).
pub(super) fn call_method(
    vm: &mut Vm,
    owner: &Value,
    name: &str,
    args: Vec<Value>,
) -> PyResult<Value> {
    let name = Rc::new(Str::new(name));
    let (f, receiver) = vm.load_method(owner, &name)?;
    let mut all = Vec::with_capacity(args.len() + 1);
    if !matches!(receiver, Value::Undefined) {
        all.push(receiver);
    }
    all.extend(args);
    vm.call(&f, all, Vec::new())
}

/// The `Primitive` of a method's `self` (`args[0]`).
pub(super) fn core_of(args: &[Value]) -> PyResult<Rc<Primitive>> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(PyErr::type_error("descriptor requires an asyncio object"));
    };
    // `__init__` stores it first, so it is found by position without hashing the name
    // (unless a subclass's `__init__` set attributes before calling ours).
    let first = inst.map_attr_at(0, |v| match v {
        Value::Primitive(p) => Some(p.clone()),
        _ => None,
    });
    if let Some(p) = first {
        return Ok(p);
    }
    match inst.attr(&CORE) {
        Some(Value::Primitive(p)) => Ok(p),
        _ => Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '_core' (its __init__ did not run)",
                inst.class.name
            ),
        )),
    }
}

/// CPython's argument-count errors for a method written in Python: `args` includes `self`;
/// `params` names the others, the last `optional` of them having defaults.
#[inline]
pub(super) fn arity(
    qualname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    params: &[&str],
    optional: usize,
) -> PyResult<()> {
    if kwargs.is_empty() && args.len() == params.len() + 1 {
        return Ok(());
    }
    arity_error(qualname, args, kwargs, params, optional)
}

#[cold]
fn arity_error(
    qualname: &str,
    args: &[Value],
    kwargs: &Kwargs,
    params: &[&str],
    optional: usize,
) -> PyResult<()> {
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!(
            "{qualname}() got an unexpected keyword argument '{}'",
            k.s
        )));
    }
    let given = args.len();
    let max = params.len() + 1;
    let min = max - optional;
    if given > max {
        let takes = if optional == 0 {
            format!(
                "{max} positional argument{}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {min} to {max} positional arguments")
        };
        return Err(PyErr::type_error(format!(
            "{qualname}() takes {takes} but {given} were given"
        )));
    }
    if given < min {
        let missing = &params[given.saturating_sub(1)..min - 1];
        let names: Vec<String> = missing.iter().map(|p| format!("'{p}'")).collect();
        return Err(PyErr::type_error(format!(
            "{qualname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            names.join(" and ")
        )));
    }
    Ok(())
}

/// `args` with a keyword argument for the method's one parameter `param` (after `self`) put
/// in its place, as Python binds it; CPython's errors for another name or the parameter given
/// twice (the caller's `arity` checks the count).
#[cold]
pub(super) fn bind_keyword(
    qualname: &str,
    args: &[Value],
    kwargs: Kwargs,
    param: &str,
) -> PyResult<Vec<Value>> {
    let mut args = args.to_vec();
    for (k, v) in kwargs {
        if *k.s != *param {
            return Err(PyErr::type_error(format!(
                "{qualname}() got an unexpected keyword argument '{}'",
                k.s
            )));
        }
        if args.len() != 1 {
            return Err(PyErr::type_error(format!(
                "{qualname}() got multiple values for argument '{param}'"
            )));
        }
        args.push(v);
    }
    Ok(args)
}

/// Stores `prim` in the instance `args[0]` (its `__init__`).
pub(super) fn attach(args: &[Value], prim: Primitive) -> PyResult<Rc<Primitive>> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(PyErr::type_error("descriptor requires an asyncio object"));
    };
    let prim = Rc::new(prim);
    inst.store_str("_core", Value::Primitive(prim.clone()));
    Ok(prim)
}

/// The natives the classes in `asyncio.py` take their methods from.
pub fn module_attrs() -> Vec<(&'static str, Value)> {
    let mut attrs = locks::module_attrs();
    attrs.extend(queues::module_attrs());
    attrs
}
