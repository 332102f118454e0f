//! `Event`, `Lock`, `Semaphore` and `BoundedSemaphore` as natives over a `Primitive`
//! (CPython 3.11's `asyncio/locks.py`, statement for statement): the methods the classes in
//! `asyncio.py` take, and the steps of their `wait()`/`acquire()` coroutines. A step resumed
//! after its `await fut` first runs that `await`'s `finally` (the waiter leaves the FIFO),
//! then its `except CancelledError` (a lock wakes the next waiter when it is free, a
//! semaphore gives back a slot it was handed), as CPython's code does.

use std::rc::Rc;

use super::future::{self, Future};
use super::primitive::{
    self, arity, attach, core_of, new_waiter, remove_or_error, Next, Op, Primitive, Waiters,
};
use crate::builtins::{native, Kwargs};
use crate::vm::{ExcKind, PyErr, PyResult, Value, Vm};
use std::cell::Cell;

#[derive(Debug, Default)]
pub struct EventCore {
    pub value: Cell<bool>,
    pub waiters: Waiters,
}

#[derive(Debug, Default)]
pub struct LockCore {
    pub locked: Cell<bool>,
    pub waiters: Waiters,
}

#[derive(Debug)]
pub struct SemaphoreCore {
    pub value: Cell<i64>,
    /// A `BoundedSemaphore`'s initial value, which `release` may not exceed.
    pub bound: Option<i64>,
    pub waiters: Waiters,
}

impl EventCore {
    /// `Event.set()`: every waiter not done yet gets `True`, oldest first.
    pub fn set(&self, vm: &mut Vm) -> PyResult<()> {
        if self.value.get() {
            return Ok(());
        }
        self.value.set(true);
        // A snapshot: resolving a future only schedules callbacks, but keep no borrow of
        // the FIFO while the loop runs code.
        let waiters: Vec<Rc<Future>> = self.waiters.borrow().iter().cloned().collect();
        for fut in &waiters {
            if !fut.done() {
                future::set_result(vm, fut, Value::Bool(true))?;
            }
        }
        Ok(())
    }
}

impl LockCore {
    /// `_wake_up_first`: the first waiter, if not done yet, gets `True`.
    fn wake_up_first(&self, vm: &mut Vm) -> PyResult<()> {
        let first = self.waiters.borrow().front().cloned();
        match first {
            Some(fut) if !fut.done() => future::set_result(vm, &fut, Value::Bool(true)),
            _ => Ok(()),
        }
    }

    fn release(&self, vm: &mut Vm) -> PyResult<()> {
        if !self.locked.get() {
            return Err(PyErr::new(ExcKind::RuntimeError, "Lock is not acquired."));
        }
        self.locked.set(false);
        self.wake_up_first(vm)
    }
}

impl SemaphoreCore {
    /// `locked()`: no slot free, or someone (not cancelled) already queued for one.
    pub fn locked(&self) -> bool {
        self.value.get() == 0 || self.waiters.borrow().iter().any(|w| !w.cancelled())
    }

    /// `_wake_up_next`: the first waiter not done yet takes a slot.
    fn wake_up_next(&self, vm: &mut Vm) -> PyResult<()> {
        let next = self.waiters.borrow().iter().find(|f| !f.done()).cloned();
        if let Some(fut) = next {
            self.value.set(self.value.get() - 1);
            future::set_result(vm, &fut, Value::Bool(true))?;
        }
        Ok(())
    }
}

fn event(p: &Primitive) -> PyResult<&EventCore> {
    match p {
        Primitive::Event(e) => Ok(e),
        Primitive::Queue(q) => Ok(&q.finished),
        _ => Err(wrong_kind("Event")),
    }
}

fn wrong_kind(what: &str) -> PyErr {
    PyErr::type_error(format!("descriptor requires an asyncio.{what} object"))
}

/// The steps of `Event.wait()` (and `Queue.join()`'s `await self._finished.wait()`).
pub(super) fn event_wait_step(
    vm: &mut Vm,
    prim: &Rc<Primitive>,
    join: bool,
    fut: Option<Rc<Future>>,
    outcome: Option<PyResult<Value>>,
) -> PyResult<Next> {
    let ev = event(prim)?;
    let done = if join { Value::None } else { Value::Bool(true) };
    let Some(fut) = fut else {
        if join {
            if let Primitive::Queue(q) = &**prim {
                if q.unfinished.get() <= 0 {
                    return Ok(Next::Return(Value::None));
                }
            }
        }
        if ev.value.get() {
            return Ok(Next::Return(done));
        }
        return Ok(Next::Wait(new_waiter(vm, &ev.waiters)?));
    };
    remove_or_error(&ev.waiters, &fut)?;
    outcome.unwrap_or(Ok(Value::None))?;
    Ok(Next::Return(done))
}

/// The steps of `Lock.acquire()` / `Semaphore.acquire()`.
pub(super) fn acquire_step(
    vm: &mut Vm,
    prim: &Rc<Primitive>,
    aenter: bool,
    fut: Option<Rc<Future>>,
    outcome: Option<PyResult<Value>>,
) -> PyResult<Next> {
    let done = if aenter {
        Value::None
    } else {
        Value::Bool(true)
    };
    match &**prim {
        Primitive::Lock(lock) => {
            let Some(fut) = fut else {
                let free =
                    !lock.locked.get() && lock.waiters.borrow().iter().all(|w| w.cancelled());
                if free {
                    lock.locked.set(true);
                    return Ok(Next::Return(done));
                }
                return Ok(Next::Wait(new_waiter(vm, &lock.waiters)?));
            };
            remove_or_error(&lock.waiters, &fut)?;
            if let Some(Err(e)) = outcome {
                if primitive::is_cancelled(vm, &e) && !lock.locked.get() {
                    lock.wake_up_first(vm)?;
                }
                return Err(e);
            }
            lock.locked.set(true);
            Ok(Next::Return(done))
        }
        Primitive::Semaphore(sem) => {
            let Some(fut) = fut else {
                if !sem.locked() {
                    sem.value.set(sem.value.get() - 1);
                    return Ok(Next::Return(done));
                }
                return Ok(Next::Wait(new_waiter(vm, &sem.waiters)?));
            };
            remove_or_error(&sem.waiters, &fut)?;
            if let Some(Err(e)) = outcome {
                // Woken (handed a slot) but cancelled before running: give the slot on.
                if primitive::is_cancelled(vm, &e) && !fut.cancelled() {
                    sem.value.set(sem.value.get() + 1);
                    sem.wake_up_next(vm)?;
                }
                return Err(e);
            }
            if sem.value.get() > 0 {
                sem.wake_up_next(vm)?;
            }
            Ok(Next::Return(done))
        }
        _ => Err(wrong_kind("Lock")),
    }
}

fn event_init(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Event.__init__", args, &kwargs, &[], 0)?;
    attach(args, Primitive::Event(EventCore::default()))?;
    Ok(Value::None)
}

fn event_is_set(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Event.is_set", args, &kwargs, &[], 0)?;
    Ok(Value::Bool(event(&*core_of(args)?)?.value.get()))
}

fn event_set(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Event.set", args, &kwargs, &[], 0)?;
    event(&*core_of(args)?)?.set(vm)?;
    Ok(Value::None)
}

fn event_clear(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Event.clear", args, &kwargs, &[], 0)?;
    event(&*core_of(args)?)?.value.set(false);
    Ok(Value::None)
}

fn event_wait(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Event.wait", args, &kwargs, &[], 0)?;
    let prim = core_of(args)?;
    event(&prim)?;
    Ok(primitive::coroutine(Op::EventWait { prim, join: false }))
}

fn lock_init(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Lock.__init__", args, &kwargs, &[], 0)?;
    attach(args, Primitive::Lock(LockCore::default()))?;
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Lock.locked", args, &kwargs, &[], 0)?;
    match &*core_of(args)? {
        Primitive::Lock(l) => Ok(Value::Bool(l.locked.get())),
        _ => Err(wrong_kind("Lock")),
    }
}

fn lock_release(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Lock.release", args, &kwargs, &[], 0)?;
    match &*core_of(args)? {
        Primitive::Lock(l) => l.release(vm)?,
        _ => return Err(wrong_kind("Lock")),
    }
    Ok(Value::None)
}

/// `Lock.acquire` and `Semaphore.acquire`.
fn acquire(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let prim = core_of(args)?;
    let name = match &*prim {
        Primitive::Lock(_) => "Lock.acquire",
        Primitive::Semaphore(_) => "Semaphore.acquire",
        _ => return Err(wrong_kind("Lock")),
    };
    arity(name, args, &kwargs, &[], 0)?;
    Ok(primitive::coroutine(Op::Acquire {
        prim,
        aenter: false,
    }))
}

/// `_ContextManagerMixin.__aenter__`: `await self.acquire()`, giving `None`.
fn aenter(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("_ContextManagerMixin.__aenter__", args, &kwargs, &[], 0)?;
    let owner = &args[0];
    let class = vm.type_of(owner);
    // Our own `acquire` (not a subclass's): its coroutine, made to give `None`.
    if let Some(Value::Native(n)) = class.lookup("acquire") {
        if n.name == ACQUIRE {
            let prim = core_of(args)?;
            return Ok(primitive::coroutine(Op::Acquire { prim, aenter: true }));
        }
    }
    let inner = primitive::call_method(vm, owner, "acquire", vec![])?;
    let inner = vm.get_awaitable(inner)?;
    Ok(primitive::coroutine(Op::AwaitNone { inner }))
}

/// `_ContextManagerMixin.__aexit__`: `self.release()` when awaited.
fn aexit(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity(
        "_ContextManagerMixin.__aexit__",
        args,
        &kwargs,
        &["exc_type", "exc", "tb"],
        0,
    )?;
    Ok(primitive::coroutine(Op::Release {
        owner: args[0].clone(),
    }))
}

/// An int argument (`Semaphore(value)`), with CPython's error for a value `<` cannot compare.
fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(_) | Value::BigInt(_) => Err(PyErr::type_error(format!(
            "weft's asyncio.{what} takes an int value that fits in 64 bits, not {}",
            crate::vm::type_name(v)
        ))),
        other => {
            // `value < 0` with what CPython would compare: the same TypeError.
            vm.compare(crate::bytecode::CmpOp::Lt, other, &Value::Int(0))?;
            Err(PyErr::type_error(format!(
                "weft's asyncio.{what} takes an int value, not {}",
                crate::vm::type_name(v)
            )))
        }
    }
}

fn semaphore_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs, bounded: bool) -> PyResult<Value> {
    let what = if bounded {
        "BoundedSemaphore"
    } else {
        "Semaphore"
    };
    let mut args = args.to_vec();
    for (k, v) in kwargs {
        if &*k.s == "value" && args.len() == 1 {
            args.push(v);
        } else {
            let e = if &*k.s == "value" {
                format!("{what}.__init__() got multiple values for argument 'value'")
            } else {
                format!(
                    "{what}.__init__() got an unexpected keyword argument '{}'",
                    k.s
                )
            };
            return Err(PyErr::type_error(e));
        }
    }
    arity(
        &format!("{what}.__init__"),
        &args,
        &Vec::new(),
        &["value"],
        1,
    )?;
    let value = match args.get(1) {
        Some(v) => int_arg(vm, v, what)?,
        None => 1,
    };
    if value < 0 {
        return Err(PyErr::value_error("Semaphore initial value must be >= 0"));
    }
    attach(
        &args,
        Primitive::Semaphore(SemaphoreCore {
            value: Cell::new(value),
            bound: bounded.then_some(value),
            waiters: Default::default(),
        }),
    )?;
    Ok(Value::None)
}

fn semaphore_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    semaphore_new(vm, args, kwargs, false)
}

fn bounded_semaphore_init(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    semaphore_new(vm, args, kwargs, true)
}

fn semaphore(p: &Primitive) -> PyResult<&SemaphoreCore> {
    match p {
        Primitive::Semaphore(s) => Ok(s),
        _ => Err(wrong_kind("Semaphore")),
    }
}

fn semaphore_locked(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("Semaphore.locked", args, &kwargs, &[], 0)?;
    Ok(Value::Bool(semaphore(&*core_of(args)?)?.locked()))
}

fn semaphore_release(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let prim = core_of(args)?;
    let sem = semaphore(&prim)?;
    if let Some(bound) = sem.bound {
        arity("BoundedSemaphore.release", args, &kwargs, &[], 0)?;
        if sem.value.get() >= bound {
            return Err(PyErr::value_error(
                "BoundedSemaphore released too many times",
            ));
        }
    } else {
        arity("Semaphore.release", args, &kwargs, &[], 0)?;
    }
    sem.value.set(sem.value.get() + 1);
    sem.wake_up_next(vm)?;
    Ok(Value::None)
}

/// The text in brackets of the repr (`unset, waiters:2`, `unlocked, value:3`), as locks.py
/// builds it.
fn repr_state(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity("_repr_state", args, &kwargs, &[], 0)?;
    let prim = core_of(args)?;
    let (state, waiters) = match &*prim {
        Primitive::Event(e) => (
            if e.value.get() { "set" } else { "unset" }.to_string(),
            e.waiters.borrow().len(),
        ),
        Primitive::Lock(l) => (
            if l.locked.get() { "locked" } else { "unlocked" }.to_string(),
            l.waiters.borrow().len(),
        ),
        Primitive::Semaphore(s) => (
            if s.locked() {
                "locked".to_string()
            } else {
                format!("unlocked, value:{}", s.value.get())
            },
            s.waiters.borrow().len(),
        ),
        Primitive::Queue(_) => return Err(wrong_kind("Event")),
    };
    Ok(Value::str(if waiters > 0 {
        format!("{state}, waiters:{waiters}")
    } else {
        state
    }))
}

/// The name `Lock.acquire`/`Semaphore.acquire` have as natives: `__aenter__` recognises them.
const ACQUIRE: &str = "_lock_acquire";

pub(super) fn module_attrs() -> Vec<(&'static str, Value)> {
    vec![
        ("_event_init", native("_event_init", event_init)),
        ("_event_is_set", native("_event_is_set", event_is_set)),
        ("_event_set", native("_event_set", event_set)),
        ("_event_clear", native("_event_clear", event_clear)),
        ("_event_wait", native("_event_wait", event_wait)),
        ("_lock_init", native("_lock_init", lock_init)),
        ("_lock_locked", native("_lock_locked", lock_locked)),
        ("_lock_release", native("_lock_release", lock_release)),
        (ACQUIRE, native(ACQUIRE, acquire)),
        ("_lock_aenter", native("_lock_aenter", aenter)),
        ("_lock_aexit", native("_lock_aexit", aexit)),
        ("_semaphore_init", native("_semaphore_init", semaphore_init)),
        (
            "_bounded_semaphore_init",
            native("_bounded_semaphore_init", bounded_semaphore_init),
        ),
        (
            "_semaphore_locked",
            native("_semaphore_locked", semaphore_locked),
        ),
        (
            "_semaphore_release",
            native("_semaphore_release", semaphore_release),
        ),
        ("_repr_state", native("_repr_state", repr_state)),
    ]
}
