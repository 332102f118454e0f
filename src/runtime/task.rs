//! Tasks: a task drives its coroutine one step at a time. A step sends `None` (or throws an
//! exception) into the coroutine; when the coroutine suspends on a future, the task adds a
//! done callback to it whose run wakes the task and steps it again (CPython's
//! `Task.__step`/`__wakeup`); a bare yield (`sleep(0)`) schedules the next step with
//! `call_soon`. Also here: running any `Callback`, and `gather`'s per-child callback.

use std::cell::Cell;
use std::rc::Rc;

use super::events::{self, observing, Event, Why};
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

thread_local! {
    /// Tasks named so far: as CPython's module-global counter, it runs on across loops.
    static TASK_NUMBERS: Cell<u64> = const { Cell::new(0) };
}

/// The next task's number (its default name is `Task-N`). `asyncio.run`'s shutdown takes
/// two for the tasks CPython makes there (`shutdown_asyncgens`, `shutdown_default_executor`).
pub fn next_task_number() -> u64 {
    TASK_NUMBERS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
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
    running_loop(vm)?;
    let id = next_task_number();
    let code = match &coro {
        Value::Generator(g) => g.frame.borrow().as_ref().map(|f| f.code.clone()),
        _ => None,
    };
    let task = Rc::new(Future::with_task(TaskPart::new(coro, name, id, code)));
    if observing(vm) {
        emit_created(vm, &task);
    }
    let lp = running_loop(vm)?;
    lp.call_soon(Callback::step(&task, None));
    lp.add_task(&task);
    Ok(task)
}

fn emit_created(vm: &mut Vm, task: &Rc<Future>) {
    let Some(t) = events::task_ref(task) else {
        return;
    };
    let by = vm
        .event_loop
        .as_deref()
        .and_then(|lp| lp.current_task.as_deref())
        .and_then(events::task_ref);
    let coro = match task.task().map(|p| &p.coro) {
        Some(Value::Generator(g)) => format!("{}()", g.qualname),
        Some(Value::NativeCoro(c)) => format!("{}()", c.name()),
        _ => String::new(),
    };
    events::emit(vm, Event::TaskCreated { task: t, by, coro });
}

/// Runs one callback taken off the ready queue.
pub fn run_callback(vm: &mut Vm, cb: Callback) -> PyResult<()> {
    match cb {
        Callback::Call(call) => {
            let (f, args) = *call;
            call_reporting(vm, &f, args)
        }
        Callback::Step(task, exc) => step(vm, &task, exc.map(|e| *e), false),
        Callback::SetResultUnlessCancelled(fut, v) => {
            if !fut.done() {
                future::set_result(vm, &fut, v.map_or(Value::None, |v| *v))?;
            }
            Ok(())
        }
        Callback::Stop => {
            running_loop(vm)?.stop();
            Ok(())
        }
        Callback::Done(inner, fut) => match *inner {
            Callback::Call(call) => {
                let (f, mut args) = *call;
                args.push(Value::Future(fut));
                call_reporting(vm, &f, args)
            }
            Callback::Wakeup(task) => wakeup(vm, &task, &fut),
            Callback::GatherChild(outer) => gather_child_done(vm, &outer, &fut),
            other => run_callback(vm, other),
        },
        Callback::WakeupDone(task, fut) => wakeup(vm, &task, &fut),
        Callback::Wakeup(_) | Callback::GatherChild(_) => Ok(()),
    }
}

/// A Python callback's exception does not stop the loop: CPython logs it
/// ("Exception in callback ...") and goes on.
fn call_reporting(vm: &mut Vm, f: &Value, args: Vec<Value>) -> PyResult<()> {
    if observing(vm) {
        let callback = events::callback_name(&Callback::call(f.clone(), Vec::new()));
        events::emit(vm, Event::CallbackRun { callback });
    }
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
        Ok(_) => step(vm, task, None, true),
        Err(e) => {
            let exc = vm.exception_value(e);
            step(vm, task, Some(exc), true)
        }
    }
}

fn is_cancelled_error(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.is_subclass(vm.exc_class(ExcKind::CancelledError)))
}

/// `Task.__step(exc)`; `woken` when the future it awaited is done (`__wakeup`).
fn step(vm: &mut Vm, task: &Rc<Future>, exc: Option<Value>, woken: bool) -> PyResult<()> {
    let Some(t) = task.task() else {
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
    t.set_waiter(None);
    if observing(vm) {
        emit_resumed(vm, task, t, exc.as_ref(), woken);
    }
    let previous = running_loop(vm)?.current_task.replace(task.clone());
    let outcome = match exc {
        None => coro_send(vm, &t.coro, Value::None),
        Some(e) => coro_throw(vm, &t.coro, e),
    };
    if let Some(lp) = vm.event_loop.as_deref_mut() {
        lp.current_task = previous;
    }
    if observing(vm) {
        emit_outcome(vm, task, t, &outcome);
    }
    match outcome {
        Ok(GenStep::Returned(v)) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = task.cancel_message();
                future::cancel_future(vm, task, msg)?;
            } else {
                future::set_result(vm, task, v)?;
            }
        }
        Ok(GenStep::Yielded(Value::Future(fut))) => {
            if Rc::ptr_eq(&fut, task) {
                let e = PyErr::new(ExcKind::RuntimeError, "Task cannot await on itself");
                let e = vm.exception_value(e);
                running_loop(vm)?.call_soon(Callback::step(task, Some(e)));
            } else {
                future::add_done_callback(vm, &fut, Callback::Wakeup(task.clone()))?;
                t.set_waiter(Some(fut.clone()));
                if t.must_cancel.get() {
                    let msg = task.cancel_message();
                    if future::cancel(vm, &fut, msg)? {
                        t.must_cancel.set(false);
                    }
                }
            }
        }
        Ok(GenStep::Yielded(Value::None)) => {
            running_loop(vm)?.call_soon(Callback::step(task, None));
        }
        Ok(GenStep::Yielded(other)) => {
            let msg = format!("Task got bad yield: {}", vm.repr(&other)?);
            let e = vm.exception_value(PyErr::new(ExcKind::RuntimeError, msg));
            running_loop(vm)?.call_soon(Callback::step(task, Some(e)));
        }
        Err(e) => {
            let exc = vm.exception_value(e);
            if is_cancelled_error(vm, &exc) {
                task.set_cancelled_exc(exc);
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

/// `TaskStarted`, or `TaskResumed` with the reason, before a step runs the coroutine.
fn emit_resumed(vm: &mut Vm, task: &Future, t: &TaskPart, exc: Option<&Value>, woken: bool) {
    let Some(me) = events::task_ref(task) else {
        return;
    };
    let started = match &t.coro {
        Value::Generator(g) => g.state.get() != crate::vm::GenState::Created,
        Value::NativeCoro(c) => !native_coro::is_created(c),
        _ => true,
    };
    let last = t.take_last_wait();
    let event = if !started {
        Event::TaskStarted { task: me }
    } else {
        let why = match (woken, last, exc) {
            (_, _, Some(e)) if is_cancelled_error(vm, e) => Why::Thrown(events::brief(vm, e)),
            (true, Some(w), _) => Why::Done(w),
            (_, _, Some(e)) => Why::Thrown(events::brief(vm, e)),
            _ => Why::Yielded,
        };
        Event::TaskResumed { task: me, why }
    };
    events::emit(vm, event);
}

/// What became of the task after a step: suspended (on what), done, failed or cancelled.
fn emit_outcome(vm: &mut Vm, task: &Future, t: &TaskPart, outcome: &PyResult<GenStep>) {
    let Some(me) = events::task_ref(task) else {
        return;
    };
    let event = match outcome {
        Ok(GenStep::Yielded(Value::Future(_))) | Ok(GenStep::Yielded(Value::None)) => {
            let wait = events::suspension(vm, &t.coro);
            t.set_last_wait(wait.on.clone());
            Event::TaskSuspended { task: me, wait }
        }
        Ok(GenStep::Yielded(_)) => return,
        Ok(GenStep::Returned(_)) if t.must_cancel.get() => Event::TaskCancelled { task: me },
        Ok(GenStep::Returned(v)) => Event::TaskDone {
            task: me,
            result: events::brief(vm, v),
        },
        Err(e) => {
            let exc = match e {
                PyErr::Exc(v) => v.clone(),
                PyErr::New { kind, args } => vm.new_exception(*kind, args.clone()),
            };
            if is_cancelled_error(vm, &exc) {
                Event::TaskCancelled { task: me }
            } else {
                Event::TaskFailed {
                    task: me,
                    exception: events::brief(vm, &exc),
                }
            }
        }
    };
    events::emit(vm, event);
}

/// `gather`'s `_done_callback` for one finished child.
fn gather_child_done(vm: &mut Vm, outer: &Rc<Future>, child: &Rc<Future>) -> PyResult<()> {
    let Some(g) = outer.gather() else {
        return Ok(());
    };
    g.finished.set(g.finished.get() + 1);
    // CPython's callback reads `fut.exception()` (even once the outer future is done), which
    // marks the child's exception retrieved.
    child.log_traceback.set(false);
    if outer.done() {
        return Ok(());
    }
    if !g.return_exceptions {
        if child.state.get() == future::FutureState::Cancelled {
            let exc = future::cancelled_error(vm, child);
            return future::set_exception(vm, outer, exc);
        }
        let exc = child.exception_value();
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
            let msg = match c.cancel_message() {
                Value::None => Value::str(""),
                m => m,
            };
            vm.new_exception(ExcKind::CancelledError, vec![msg])
        } else {
            let exc = c.exception_value();
            if matches!(exc, Value::None) {
                c.result_value()
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
