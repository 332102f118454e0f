//! `asyncio.run`, as CPython's `asyncio.Runner` does it: a fresh loop runs the coroutine as
//! the main task until it is done; then, however the run ended (a result, an exception, a
//! deadlock report), the loop is closed the same way — every task still pending is cancelled
//! and run until it has finished, and what a cancelled task raised is logged.

use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{gather_futures, is_coroutine, keyword};
use super::event_loop::{run_until_stopped, Loop};
use super::future::{self, running_loop, Callback, Future, FutureState};
use super::task::create_task;
use crate::builtins::{check_args, Kwargs};
use crate::vm::{Builtin, Dict, ExcKind, Instance, PyErr, PyResult, Value, Vm};

/// `asyncio.run(coro)`.
pub fn run(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    keyword("run", kwargs, &["debug"])?;
    check_args("run", &args, &Vec::new(), 1, 1)?;
    if vm.event_loop.is_some() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let coro = args[0].clone();
    if !is_coroutine(&coro) {
        return Err(PyErr::value_error(format!(
            "a coroutine was expected, got {}",
            vm.repr(&coro)?
        )));
    }
    let object = Value::Instance(Rc::new(Instance {
        class: vm.class(Builtin::EventLoop).clone(),
        dict: RefCell::new(Dict::default()),
        exc: None,
    }));
    vm.event_loop = Some(Box::new(Loop::new(
        vm.virtual_clock,
        object,
        vm.observer.clone(),
    )));
    let ran = run_main(vm, coro);
    let closed = close(vm);
    if let Some(lp) = vm.event_loop.take() {
        // Virtual time goes on where this loop left it (it never runs backwards).
        if vm.virtual_clock.is_some() {
            vm.virtual_clock = Some(lp.time());
        }
    }
    // As `with Runner(): ...`: an error while closing replaces the run's outcome.
    closed?;
    let task = ran?;
    future::result(vm, &task)
}

/// `Runner.run`: the main task runs until it is done.
fn run_main(vm: &mut Vm, coro: Value) -> PyResult<Rc<Future>> {
    let task = create_task(vm, coro, Value::None)?;
    future::add_done_callback(vm, &task, Callback::Stop)?;
    if let Err(e) = run_until_stopped(vm) {
        // `run_until_complete` marks the main task's exception retrieved when it escapes
        // (`KeyboardInterrupt`, `SystemExit` raised in it).
        if task.done() && task.state.get() != FutureState::Cancelled {
            task.log_traceback.set(false);
        }
        return Err(e);
    }
    if !task.done() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Event loop stopped before Future completed.",
        ));
    }
    Ok(task)
}

/// `Runner.close`: cancel what is left, then the shutdown steps.
fn close(vm: &mut Vm) -> PyResult<()> {
    let cancelled = cancel_all_tasks(vm);
    // CPython's shutdown runs `shutdown_asyncgens()` and `shutdown_default_executor()` as two
    // tasks of their own: their numbers are spent so later default names match CPython's.
    super::task::next_task_number();
    super::task::next_task_number();
    cancelled
}

/// `_cancel_all_tasks`: cancel every pending task and run until they are all done; a task
/// that ended with an exception other than cancellation is logged.
fn cancel_all_tasks(vm: &mut Vm) -> PyResult<()> {
    let pending: Vec<Rc<Future>> = running_loop(vm)?
        .tasks
        .iter()
        .filter_map(|t| t.upgrade())
        .filter(|t| !t.done())
        .collect();
    if pending.is_empty() {
        return Ok(());
    }
    for t in &pending {
        future::cancel(vm, t, Value::None)?;
    }
    let all = pending.iter().cloned().map(Value::Future).collect();
    let outer = gather_futures(vm, all, true)?;
    future::add_done_callback(vm, &outer, Callback::Stop)?;
    run_until_stopped(vm)?;
    for t in &pending {
        if t.state.get() == FutureState::Cancelled {
            continue;
        }
        t.log_traceback.set(false);
        let exc = t.exception.borrow().clone();
        if !matches!(exc, Value::None) {
            super::dropped::exception_handler(
                vm,
                "unhandled exception during asyncio.run() shutdown",
                "task",
                t,
                &exc,
            );
        }
    }
    Ok(())
}
