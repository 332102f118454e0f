//! Coroutines written in Rust: `asyncio.sleep`, the wrapper `ensure_future` puts around an
//! object with `__await__`, and the awaitables an async generator's
//! `__anext__`/`asend`/`athrow`/`aclose` return. Each is a small state machine with the
//! coroutine protocol (`send`, `throw`), so a task or an `await` drives it exactly like an
//! `async def` coroutine. Invariants: sleep's timer is made when the coroutine first runs,
//! not when it is created, as CPython's `async def sleep` does; an async generator's step
//! ends the await only at a real `yield` (marked by `AsyncGenWrap`), while its awaits pass
//! their futures up to the task.

use std::cell::RefCell;
use std::rc::Rc;

use super::future::{self, running_loop, Callback, Future, Handle};
use super::primitive::Resume;
use crate::vm::{ExcKind, GenStep, Generator, PyErr, PyResult, Value, Vm};

/// A native coroutine's `__qualname__`: one byte where a `&str` is 16, which keeps a
/// coroutine (and so each task parked in `Event.wait()`) a malloc size class smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoroName {
    Sleep,
    ASend,
    AClose,
    AThrow,
    ANext,
    WrapAwaitable,
    /// `coro.__await__()`'s iterator.
    AwaitWrapper,
    EventWait,
    QueueJoin,
    AEnter,
    LockAcquire,
    SemaphoreAcquire,
    AExit,
    QueueGet,
    QueuePut,
}

impl CoroName {
    pub fn as_str(self) -> &'static str {
        match self {
            CoroName::Sleep => "sleep",
            CoroName::ASend => "asend",
            CoroName::AClose => "aclose",
            CoroName::AThrow => "athrow",
            CoroName::ANext => "anext",
            CoroName::WrapAwaitable => "_wrap_awaitable",
            CoroName::AwaitWrapper => "coroutine_wrapper",
            CoroName::EventWait => "Event.wait",
            CoroName::QueueJoin => "Queue.join",
            CoroName::AEnter => "_ContextManagerMixin.__aenter__",
            CoroName::LockAcquire => "Lock.acquire",
            CoroName::SemaphoreAcquire => "Semaphore.acquire",
            CoroName::AExit => "_ContextManagerMixin.__aexit__",
            CoroName::QueueGet => "Queue.get",
            CoroName::QueuePut => "Queue.put",
        }
    }
}

#[derive(Debug)]
pub struct NativeCoro {
    pub(super) id: CoroName,
    pub state: RefCell<State>,
}

#[derive(Debug)]
pub enum State {
    Created {
        delay: f64,
        result: Value,
    },
    /// `sleep(0)`: yielded to the loop once.
    Yielded {
        result: Value,
    },
    Waiting {
        fut: Rc<Future>,
        timer: Rc<Handle>,
    },
    /// `agen.asend(v)` / `__anext__()`: `sent` goes in on the first step.
    ASend {
        gen: Rc<Generator>,
        sent: Option<Value>,
    },
    /// `agen.athrow(exc)` / `aclose()` (which throws GeneratorExit and wants the end).
    AThrow {
        gen: Rc<Generator>,
        exc: Option<Value>,
        close: bool,
    },
    /// `anext(aiter, default)`: awaits `inner`, giving `default` for StopAsyncIteration.
    ANext {
        inner: Value,
        default: Value,
    },
    /// `ensure_future(awaitable)`: drives the iterator the object's `__await__` gave, as
    /// CPython's `_wrap_awaitable` does, so a task can run it; also `coro.__await__()`.
    Await {
        inner: Value,
    },
    /// A synchronisation primitive's coroutine (`Event.wait()`, `Queue.get()`...) and the
    /// waiter future it awaits (none before its first step): see `primitive.rs`.
    Prim {
        op: super::primitive::Op,
        fut: Option<Rc<Future>>,
    },
    Done,
}

impl NativeCoro {
    pub fn sleep(delay: f64, result: Value) -> NativeCoro {
        NativeCoro {
            id: CoroName::Sleep,
            state: RefCell::new(State::Created { delay, result }),
        }
    }

    pub fn asend(gen: Rc<Generator>, sent: Value) -> NativeCoro {
        NativeCoro {
            id: CoroName::ASend,
            state: RefCell::new(State::ASend {
                gen,
                sent: Some(sent),
            }),
        }
    }

    pub fn athrow(gen: Rc<Generator>, exc: Value, close: bool) -> NativeCoro {
        NativeCoro {
            id: if close {
                CoroName::AClose
            } else {
                CoroName::AThrow
            },
            state: RefCell::new(State::AThrow {
                gen,
                exc: Some(exc),
                close,
            }),
        }
    }

    pub fn anext_default(inner: Value, default: Value) -> NativeCoro {
        NativeCoro {
            id: CoroName::ANext,
            state: RefCell::new(State::ANext { inner, default }),
        }
    }

    pub fn wrap_awaitable(inner: Value) -> NativeCoro {
        NativeCoro {
            id: CoroName::WrapAwaitable,
            state: RefCell::new(State::Await { inner }),
        }
    }

    /// `coro.__await__()`: CPython's coroutine_wrapper, an iterator over the coroutine's
    /// steps, so an `__await__` method may return it and a generator may `yield from` it.
    pub fn await_wrapper(coro: Value) -> NativeCoro {
        NativeCoro {
            id: CoroName::AwaitWrapper,
            state: RefCell::new(State::Await { inner: coro }),
        }
    }

    /// Made by `coro.__await__()`: an iterator, not a coroutine.
    pub fn is_await_wrapper(&self) -> bool {
        self.id == CoroName::AwaitWrapper
    }

    /// The coroutine's `__qualname__` (`__name__` too).
    pub fn name(&self) -> &'static str {
        self.id.as_str()
    }

    /// What the coroutine waits on now (`cr_await`).
    pub fn awaiting(&self) -> Value {
        match &*self.state.borrow() {
            State::Waiting { fut, .. } | State::Prim { fut: Some(fut), .. } => {
                Value::Future(fut.clone())
            }
            _ => Value::None,
        }
    }
}

/// What a native coroutine is waiting on, for the observer's account of a suspended task.
pub enum Awaiting {
    /// `asyncio.sleep`'s timer, with its deadline.
    Sleep(f64),
    /// The awaitable it drives (an async generator step, `anext`'s inner awaitable).
    Inner(Value),
    /// A primitive's waiter future, inside the coroutine CPython would name (`Queue.get`).
    Waiter(&'static str),
    Nothing,
}

pub fn awaiting_of(c: &NativeCoro) -> Awaiting {
    match &*c.state.borrow() {
        State::Waiting { timer, .. } => Awaiting::Sleep(timer.when().unwrap_or(0.0)),
        State::ASend { gen, .. } | State::AThrow { gen, .. } => {
            Awaiting::Inner(Value::Generator(gen.clone()))
        }
        State::ANext { inner, .. } => Awaiting::Inner(inner.clone()),
        State::Prim {
            op: super::primitive::Op::AwaitNone { inner },
            ..
        } => Awaiting::Inner(inner.clone()),
        State::Prim { op, fut: Some(_) } => Awaiting::Waiter(op.inside()),
        _ => Awaiting::Nothing,
    }
}

/// Has the coroutine not run yet?
pub fn is_created(c: &NativeCoro) -> bool {
    matches!(
        &*c.state.borrow(),
        State::Created { .. }
            | State::ASend { sent: Some(_), .. }
            | State::AThrow { exc: Some(_), .. }
            | State::Prim { fut: None, .. }
    )
}

impl Drop for NativeCoro {
    fn drop(&mut self) {
        if matches!(
            self.state.get_mut(),
            State::Created { .. }
                | State::Prim {
                    fut: None,
                    op: super::primitive::Op::EventWait { .. }
                        | super::primitive::Op::Acquire { .. }
                        | super::primitive::Op::Release { .. }
                        | super::primitive::Op::QueueGet { .. }
                        | super::primitive::Op::QueuePut { .. }
                }
        ) {
            super::dropped::queue(super::dropped::Dropped::NeverAwaited(self.name().into()));
        }
    }
}

fn already_done() -> PyErr {
    PyErr::new(
        crate::vm::ExcKind::RuntimeError,
        "cannot reuse already awaited coroutine",
    )
}

pub fn send(vm: &mut Vm, c: &Rc<NativeCoro>) -> PyResult<GenStep> {
    let state = std::mem::replace(&mut *c.state.borrow_mut(), State::Done);
    match state {
        State::Created { delay, result } => {
            if delay <= 0.0 {
                *c.state.borrow_mut() = State::Yielded { result };
                return Ok(GenStep::Yielded(Value::None));
            }
            let fut = Rc::new(Future::new());
            let timer = running_loop(vm)?.call_later(
                delay,
                Callback::SetResultUnlessCancelled(
                    fut.clone(),
                    (!matches!(result, Value::None)).then(|| Box::new(result)),
                ),
            );
            *c.state.borrow_mut() = State::Waiting {
                fut: fut.clone(),
                timer,
            };
            Ok(GenStep::Yielded(Value::Future(fut)))
        }
        State::Yielded { result } => Ok(GenStep::Returned(result)),
        State::Waiting { fut, timer } => {
            if !fut.done() {
                // Resumed before its future is done: CPython's "await wasn't used with future".
                *c.state.borrow_mut() = State::Waiting { fut, timer };
                return Err(PyErr::new(
                    crate::vm::ExcKind::RuntimeError,
                    "await wasn't used with future",
                ));
            }
            running_loop(vm)?.cancel(&timer);
            future::result(vm, &fut).map(GenStep::Returned)
        }
        State::ASend { gen, sent } => {
            let step = vm.gen_send(&gen, sent.unwrap_or(Value::None));
            agen_step(vm, c, gen, step, false)
        }
        State::AThrow { gen, exc, close } => {
            let step = match exc {
                Some(e) => vm.gen_throw(&gen, e),
                None => vm.gen_send(&gen, Value::None),
            };
            agen_step(vm, c, gen, step, close)
        }
        State::ANext { inner, default } => {
            let step = super::task::coro_send(vm, &inner, Value::None);
            anext_step(vm, c, inner, default, step)
        }
        State::Await { inner } => {
            let step = super::task::coro_send(vm, &inner, Value::None);
            if matches!(step, Ok(GenStep::Yielded(_))) {
                *c.state.borrow_mut() = State::Await { inner };
            }
            step
        }
        State::Prim { op, fut } => super::primitive::step(vm, c, op, fut, Resume::Send),
        State::Done => Err(already_done()),
    }
}

/// One step of `anext(aiter, default)`'s awaitable.
fn anext_step(
    vm: &mut Vm,
    c: &Rc<NativeCoro>,
    inner: Value,
    default: Value,
    step: PyResult<GenStep>,
) -> PyResult<GenStep> {
    match step {
        Ok(GenStep::Yielded(v)) => {
            *c.state.borrow_mut() = State::ANext { inner, default };
            Ok(GenStep::Yielded(v))
        }
        Err(e) if vm.err_matches(&e, ExcKind::StopAsyncIteration) => Ok(GenStep::Returned(default)),
        other => other,
    }
}

/// What one resumption of an async generator means for the awaitable driving it.
fn agen_step(
    vm: &mut Vm,
    c: &Rc<NativeCoro>,
    gen: Rc<Generator>,
    step: PyResult<GenStep>,
    close: bool,
) -> PyResult<GenStep> {
    match step {
        Ok(GenStep::Yielded(v)) if gen.async_yield.replace(false) => {
            if close {
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "async generator ignored GeneratorExit",
                ));
            }
            Ok(GenStep::Returned(v))
        }
        Ok(GenStep::Yielded(v)) => {
            // An await inside the generator: stay in this step, pass the future up.
            *c.state.borrow_mut() = if close {
                State::AThrow {
                    gen,
                    exc: None,
                    close,
                }
            } else {
                State::ASend { gen, sent: None }
            };
            Ok(GenStep::Yielded(v))
        }
        Ok(GenStep::Returned(_)) if close => Ok(GenStep::Returned(Value::None)),
        Ok(GenStep::Returned(_)) => Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![])),
        Err(e)
            if close
                && (vm.err_matches(&e, ExcKind::GeneratorExit)
                    || vm.err_matches(&e, ExcKind::StopAsyncIteration)) =>
        {
            Ok(GenStep::Returned(Value::None))
        }
        Err(e) => Err(e),
    }
}

pub fn throw(vm: &mut Vm, c: &Rc<NativeCoro>, exc: Value) -> PyResult<GenStep> {
    let state = std::mem::replace(&mut *c.state.borrow_mut(), State::Done);
    match state {
        State::Waiting { timer, .. } => {
            if let Some(lp) = vm.event_loop.as_deref_mut() {
                lp.cancel(&timer);
            }
        }
        // Thrown in while the generator awaits: it goes to the generator's await point.
        State::ANext { inner, default } => {
            let step = super::task::coro_throw(vm, &inner, exc);
            return anext_step(vm, c, inner, default, step);
        }
        State::Await { inner } => {
            let step = super::task::coro_throw(vm, &inner, exc);
            if matches!(step, Ok(GenStep::Yielded(_))) {
                *c.state.borrow_mut() = State::Await { inner };
            }
            return step;
        }
        // An athrow()/aclose() not started yet stays so after a throw, as CPython 3.11's
        // does: its first send still throws its own exception (GeneratorExit for aclose).
        State::AThrow {
            gen,
            exc: Some(own),
            close,
        } => {
            let step = vm.gen_throw(&gen, exc);
            let step = agen_step(vm, c, gen.clone(), step, close);
            if matches!(step, Ok(GenStep::Yielded(_))) {
                *c.state.borrow_mut() = State::AThrow {
                    gen,
                    exc: Some(own),
                    close,
                };
            }
            return step;
        }
        State::ASend { gen, .. } | State::AThrow { gen, .. } => {
            let close = c.id == CoroName::AClose;
            let step = vm.gen_throw(&gen, exc);
            return agen_step(vm, c, gen, step, close);
        }
        State::Prim { op, fut } => {
            return super::primitive::step(vm, c, op, fut, Resume::Throw(exc));
        }
        _ => {}
    }
    let exc = vm.make_exception(exc)?;
    Err(PyErr::Exc(exc))
}

#[cfg(test)]
mod tests {
    /// With its `Rc` counts a native coroutine is a 72-byte request (an 80-byte chunk); every
    /// task parked in `Event.wait()` or `Queue.get()` holds one (bench/README.md, asyncperf).
    #[test]
    fn a_native_coroutine_stays_small() {
        assert!(std::mem::size_of::<super::NativeCoro>() <= 56);
    }
}
