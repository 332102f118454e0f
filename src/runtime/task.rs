//! Tasks: a task drives its coroutine one step at a time. A step sends `None` (or throws an
//! exception) into the coroutine; when the coroutine suspends on a future, the task adds a
//! done callback to it whose run wakes the task and steps it again (CPython's
//! `Task.__step`/`__wakeup`); a bare yield (`sleep(0)`) schedules the next step with
//! `call_soon`. Also here: running any `Callback`, and `gather`'s per-child callback.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::future::{self, running_loop, Callback, Future, TaskPart};
use super::native_coro;
use crate::vm::{ExcKind, GenStep, PyErr, PyResult, Value, Vm};

/// `coro.send(v)` for the coroutines a task can drive: `async def` ones and native ones.
pub fn coro_send(vm: &mut Vm, coro: &Value, v: Value) -> PyResult<GenStep> {
    match coro {
        Value::Generator(g) => vm.gen_send(g, v),
        Value::NativeCoro(c) => native_coro::send(vm, c),
        other => Err(PyErr::type_error(format!(
            "a coroutine was expected, got {}",
            vm.repr(other)?
        ))),
    }
}

/// `coro.throw(exc)`.
pub fn coro_throw(vm: &mut Vm, coro: &Value, exc: Value) -> PyResult<GenStep> {
    match coro {
        Value::Generator(g) => vm.gen_throw(g, exc),
        Value::NativeCoro(c) => native_coro::throw(vm, c, exc),
        _ => Err(PyErr::Exc(exc)),
    }
}

/// `loop.create_task(coro, name=)`: the task's first step is scheduled at once.
pub fn create_task(vm: &mut Vm, coro: Value, name: Value) -> PyResult<Rc<Future>> {
    let is_coro = match &coro {
        Value::Generator(g) => g.is_coroutine,
        Value::NativeCoro(_) => true,
        _ => false,
    };
    if !is_coro {
        return Err(PyErr::type_error(format!(
            "a coroutine was expected, got {}",
            vm.repr(&coro)?
        )));
    }
    let lp = running_loop(vm)?;
    lp.task_count += 1;
    let name = match name {
        Value::None => Value::str(format!("Task-{}", lp.task_count)),
        other => other,
    };
    let task = Rc::new(Future {
        task: Some(TaskPart {
            coro,
            name: RefCell::new(name),
            must_cancel: Cell::new(false),
            waiter: RefCell::new(None),
            cancels_requested: Cell::new(0),
        }),
        ..Future::new()
    });
    lp.call_soon(Callback::Step(task.clone(), None));
    lp.tasks.retain(|t| t.strong_count() > 0);
    lp.tasks.push(Rc::downgrade(&task));
    Ok(task)
}

/// Runs one callback taken off the ready queue.
pub fn run_callback(vm: &mut Vm, cb: Callback) -> PyResult<()> {
    match cb {
        Callback::Call(f, args) => call_reporting(vm, &f, args),
        Callback::Step(task, exc) => step(vm, &task, exc),
        Callback::SetResultUnlessCancelled(fut, v) => {
            if !fut.done() {
                future::set_result(vm, &fut, v)?;
            }
            Ok(())
        }
        Callback::Stop => {
            running_loop(vm)?.stop();
            Ok(())
        }
        Callback::Done(inner, fut) => match *inner {
            Callback::Call(f, mut args) => {
                args.push(Value::Future(fut));
                call_reporting(vm, &f, args)
            }
            Callback::Wakeup(task) => wakeup(vm, &task, &fut),
            Callback::GatherChild(outer) => gather_child_done(vm, &outer, &fut),
            other => run_callback(vm, other),
        },
        Callback::Wakeup(_) | Callback::GatherChild(_) => Ok(()),
    }
}

/// A Python callback's exception does not stop the loop: CPython logs it
/// ("Exception in callback ...") and goes on.
fn call_reporting(vm: &mut Vm, f: &Value, args: Vec<Value>) -> PyResult<()> {
    match vm.call(f, args, Vec::new()) {
        Ok(_) => Ok(()),
        Err(e)
            if vm.err_matches(&e, ExcKind::KeyboardInterrupt)
                || vm.err_matches(&e, ExcKind::SystemExit) =>
        {
            Err(e)
        }
        Err(e) => {
            vm.flush_out();
            let exc = vm.exception_value(e);
            let what = vm.repr(f).unwrap_or_default();
            eprintln!("Exception in callback {what}");
            eprint!("{}", crate::vm::format_exception(vm, &exc));
            Ok(())
        }
    }
}

/// `Task.__wakeup(fut)`: step with the future's exception, or plainly.
fn wakeup(vm: &mut Vm, task: &Rc<Future>, fut: &Rc<Future>) -> PyResult<()> {
    match future::result(vm, fut) {
        Ok(_) => step(vm, task, None),
        Err(e) => {
            let exc = vm.exception_value(e);
            step(vm, task, Some(exc))
        }
    }
}

fn is_cancelled_error(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.is_subclass(vm.exc_class(ExcKind::CancelledError)))
}

/// `Task.__step(exc)`.
fn step(vm: &mut Vm, task: &Rc<Future>, exc: Option<Value>) -> PyResult<()> {
    let Some(t) = &task.task else {
        return Ok(());
    };
    if task.done() {
        return Err(PyErr::new(
            ExcKind::InvalidStateError,
            "_step(): already done",
        ));
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        if !exc.as_ref().is_some_and(|e| is_cancelled_error(vm, e)) {
            exc = Some(future::cancelled_error(vm, task));
        }
        t.must_cancel.set(false);
    }
    t.waiter.borrow_mut().take();
    let previous = running_loop(vm)?.current_task.replace(task.clone());
    let outcome = match exc {
        None => coro_send(vm, &t.coro, Value::None),
        Some(e) => coro_throw(vm, &t.coro, e),
    };
    if let Some(lp) = vm.event_loop.as_deref_mut() {
        lp.current_task = previous;
    }
    match outcome {
        Ok(GenStep::Returned(v)) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = task.cancel_message.borrow().clone();
                future::cancel_future(vm, task, msg)?;
            } else {
                future::set_result(vm, task, v)?;
            }
        }
        Ok(GenStep::Yielded(Value::Future(fut))) => {
            if Rc::ptr_eq(&fut, task) {
                let e = PyErr::new(ExcKind::RuntimeError, "Task cannot await on itself");
                let e = vm.exception_value(e);
                running_loop(vm)?.call_soon(Callback::Step(task.clone(), Some(e)));
            } else {
                future::add_done_callback(vm, &fut, Callback::Wakeup(task.clone()))?;
                *t.waiter.borrow_mut() = Some(fut.clone());
                if t.must_cancel.get() {
                    let msg = task.cancel_message.borrow().clone();
                    if future::cancel(vm, &fut, msg)? {
                        t.must_cancel.set(false);
                    }
                }
            }
        }
        Ok(GenStep::Yielded(Value::None)) => {
            running_loop(vm)?.call_soon(Callback::Step(task.clone(), None));
        }
        Ok(GenStep::Yielded(other)) => {
            let msg = format!("Task got bad yield: {}", vm.repr(&other)?);
            let e = vm.exception_value(PyErr::new(ExcKind::RuntimeError, msg));
            running_loop(vm)?.call_soon(Callback::Step(task.clone(), Some(e)));
        }
        Err(e) => {
            let exc = vm.exception_value(e);
            if is_cancelled_error(vm, &exc) {
                *task.cancelled_exc.borrow_mut() = exc;
                future::cancel_future(vm, task, Value::None)?;
            } else {
                let fatal = matches!(&exc, Value::Instance(i)
                    if i.class.is_subclass(vm.exc_class(ExcKind::KeyboardInterrupt))
                        || i.class.is_subclass(vm.exc_class(ExcKind::SystemExit)));
                future::set_exception(vm, task, exc.clone())?;
                if fatal {
                    return Err(PyErr::Exc(exc));
                }
            }
        }
    }
    Ok(())
}

/// `gather`'s `_done_callback` for one finished child.
fn gather_child_done(vm: &mut Vm, outer: &Rc<Future>, child: &Rc<Future>) -> PyResult<()> {
    let Some(g) = &outer.gather else {
        return Ok(());
    };
    g.finished.set(g.finished.get() + 1);
    if outer.done() {
        return Ok(());
    }
    if !g.return_exceptions {
        if child.state.get() == future::FutureState::Cancelled {
            let exc = future::cancelled_error(vm, child);
            return future::set_exception(vm, outer, exc);
        }
        let exc = child.exception.borrow().clone();
        if !matches!(exc, Value::None) {
            return future::set_exception(vm, outer, exc);
        }
    }
    if g.finished.get() < g.unique.get() {
        return Ok(());
    }
    let children = g.children.borrow().clone();
    let mut results = Vec::with_capacity(children.len());
    for c in &children {
        let r = if c.state.get() == future::FutureState::Cancelled {
            // CPython 3.11 builds these with an empty message rather than none.
            let msg = match c.cancel_message.borrow().clone() {
                Value::None => Value::str(""),
                m => m,
            };
            vm.new_exception(ExcKind::CancelledError, vec![msg])
        } else {
            let exc = c.exception.borrow().clone();
            if matches!(exc, Value::None) {
                c.result.borrow().clone()
            } else {
                exc
            }
        };
        results.push(r);
    }
    if g.cancel_requested.get() {
        let exc = future::cancelled_error(vm, child);
        return future::set_exception(vm, outer, exc);
    }
    future::set_result(vm, outer, Value::list(results))
}
