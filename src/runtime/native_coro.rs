//! Coroutines written in Rust: `asyncio.sleep`. Each is a small state machine with the
//! coroutine protocol (`send`, `throw`), so a task or an `await` drives it exactly like an
//! `async def` coroutine. Invariant: the timer is made when the coroutine first runs, not
//! when it is created, as CPython's `async def sleep` does.

use std::cell::RefCell;
use std::rc::Rc;

use super::future::{self, running_loop, Callback, Future, Handle};
use crate::vm::{GenStep, PyErr, PyResult, Value, Vm};

#[derive(Debug)]
pub struct NativeCoro {
    pub name: &'static str,
    pub state: RefCell<SleepState>,
}

#[derive(Debug)]
pub enum SleepState {
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
    Done,
}

impl NativeCoro {
    pub fn sleep(delay: f64, result: Value) -> NativeCoro {
        NativeCoro {
            name: "sleep",
            state: RefCell::new(SleepState::Created { delay, result }),
        }
    }

    /// What the coroutine waits on now (`cr_await`).
    pub fn awaiting(&self) -> Value {
        match &*self.state.borrow() {
            SleepState::Waiting { fut, .. } => Value::Future(fut.clone()),
            _ => Value::None,
        }
    }
}

impl Drop for NativeCoro {
    fn drop(&mut self) {
        if matches!(self.state.get_mut(), SleepState::Created { .. }) {
            eprintln!(
                "RuntimeWarning: coroutine '{}' was never awaited",
                self.name
            );
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
    let state = std::mem::replace(&mut *c.state.borrow_mut(), SleepState::Done);
    match state {
        SleepState::Created { delay, result } => {
            if delay <= 0.0 {
                *c.state.borrow_mut() = SleepState::Yielded { result };
                return Ok(GenStep::Yielded(Value::None));
            }
            let fut = Rc::new(Future::new());
            let timer = running_loop(vm)?.call_later(
                delay,
                Callback::SetResultUnlessCancelled(fut.clone(), result),
            );
            *c.state.borrow_mut() = SleepState::Waiting {
                fut: fut.clone(),
                timer,
            };
            Ok(GenStep::Yielded(Value::Future(fut)))
        }
        SleepState::Yielded { result } => Ok(GenStep::Returned(result)),
        SleepState::Waiting { fut, timer } => {
            if !fut.done() {
                // Resumed before its future is done: CPython's "await wasn't used with future".
                *c.state.borrow_mut() = SleepState::Waiting { fut, timer };
                return Err(PyErr::new(
                    crate::vm::ExcKind::RuntimeError,
                    "await wasn't used with future",
                ));
            }
            running_loop(vm)?.cancel(&timer);
            future::result(vm, &fut).map(GenStep::Returned)
        }
        SleepState::Done => Err(already_done()),
    }
}

pub fn throw(vm: &mut Vm, c: &Rc<NativeCoro>, exc: Value) -> PyResult<GenStep> {
    let state = std::mem::replace(&mut *c.state.borrow_mut(), SleepState::Done);
    if let SleepState::Waiting { timer, .. } = state {
        if let Some(lp) = vm.event_loop.as_deref_mut() {
            lp.cancel(&timer);
        }
    }
    let exc = vm.make_exception(exc)?;
    Err(PyErr::Exc(exc))
}
