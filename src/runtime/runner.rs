//! `asyncio.run`, as CPython's `asyncio.Runner` does it: a fresh loop runs the coroutine as
//! the main task until it is done; then, however the run ended (a result, an exception, a
//! deadlock report), the loop is closed the same way — every task still pending is cancelled
//! and run until it has finished, and what a cancelled task raised is logged.

use std::rc::Rc;

use super::asyncio::{gather_futures, is_coroutine, keyword};
use super::event_loop::{run_until_stopped, Loop};
use super::future::{self, running_loop, Callback, Future, FutureState};
use super::task::create_task;
use crate::builtins::{check_args, Kwargs};
use crate::vm::{
    Builtin, ExcKind, GenState, Generator, Instance, PyErr, PyResult, StrKey, Value, Vm,
};

/// `asyncio.run(coro)`.
pub fn run(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("run", kwargs, &["debug"])?;
    check_args("run", args, &Vec::new(), 1, 1)?;
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
    let object = Value::Instance(Rc::new(Instance::new(
        vm.class(Builtin::EventLoop).clone(),
        None,
        None,
    )));
    vm.event_loop = Some(Box::new(Loop::new(
        vm.virtual_clock,
        object,
        vm.observer.clone(),
    )));
    let ran = run_main(vm, coro).and_then(|task| interrupted(vm, &task));
    let closed = close(vm);
    if let Some(lp) = vm.event_loop.take() {
        // Virtual time goes on where this loop left it (it never runs backwards).
        if vm.virtual_clock.is_some() {
            vm.virtual_clock = Some(lp.time());
        }
    }
    // As `with Runner(): ...`: an error while closing replaces the run's outcome.
    closed?;
    ran
}

/// The main task's outcome; after a Ctrl-C cancelled it, `KeyboardInterrupt` (with the
/// `CancelledError` as its context), unless the task took the cancellation back.
fn interrupted(vm: &mut Vm, task: &Rc<Future>) -> PyResult<Value> {
    let outcome = future::result(vm, task);
    let interrupts = running_loop(vm)?.interrupts;
    let Err(e) = outcome else {
        return outcome;
    };
    if interrupts == 0 || !vm.err_matches(&e, ExcKind::CancelledError) {
        return Err(e);
    }
    let requested = task.task().map_or(0, |t| {
        let n = t.cancels_requested.get().saturating_sub(1);
        t.cancels_requested.set(n);
        n
    });
    if requested > 0 {
        return Err(e);
    }
    let cancelled = vm.exception_value(e);
    let interrupt = vm.new_exception(ExcKind::KeyboardInterrupt, Vec::new());
    if let Value::Instance(i) = &interrupt {
        if let Some(data) = &i.exc {
            data.borrow_mut().context = cancelled;
        }
    }
    Err(PyErr::Exc(interrupt))
}

/// `Runner.run`: the main task runs until it is done.
fn run_main(vm: &mut Vm, coro: Value) -> PyResult<Rc<Future>> {
    let task = create_task(vm, coro, Value::None)?;
    running_loop(vm)?.main_task = Some(task.clone());
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

/// `Runner.close`: cancel what is left, close the async generators still suspended, shut
/// the (absent) default executor down.
fn close(vm: &mut Vm) -> PyResult<()> {
    cancel_all_tasks(vm)?;
    let agens: Vec<Rc<Generator>> = running_loop(vm)?
        .asyncgens
        .drain(..)
        .filter_map(|g| g.upgrade())
        .filter(|g| g.state.get() != GenState::Closed)
        .collect();
    let listed = Value::list(agens.iter().cloned().map(Value::Generator).collect());
    let results = run_step(vm, "_shutdown_asyncgens", vec![listed])?;
    if let Value::List(results) = results {
        let results = results.borrow().clone();
        for (result, agen) in results.iter().zip(&agens) {
            let exception = vm.exc_class(ExcKind::Exception).clone();
            if matches!(result, Value::Instance(i) if i.class.is_subclass(&exception)) {
                let repr = vm.repr(&Value::Generator(agen.clone()))?;
                let message =
                    format!("an error occurred during closing of asynchronous generator {repr}");
                super::dropped::exception_handler(vm, &message, Some(("asyncgen", repr)), result);
            }
        }
    }
    run_step(vm, "_shutdown_default_executor", Vec::new())?;
    Ok(())
}

/// `loop.run_until_complete(step(*args))` for one of the shutdown steps in `runners.py`.
fn run_step(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let asyncio = vm
        .modules
        .cache
        .borrow()
        .get(&StrKey::new("asyncio"))
        .cloned();
    let step = match asyncio {
        Some(Value::Module(m)) => m.dict.borrow().get(&StrKey::new(name)).cloned(),
        _ => None,
    };
    let Some(step) = step else {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            format!("weft bug: asyncio.{name} is missing"),
        ));
    };
    let coro = vm.call(&step, args, Vec::new())?;
    let task = create_task(vm, coro, Value::None)?;
    future::add_done_callback(vm, &task, Callback::Stop)?;
    run_until_stopped(vm)?;
    future::result(vm, &task)
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
    let all: Vec<Value> = pending.iter().cloned().map(Value::Future).collect();
    let outer = gather_futures(vm, &all, true)?;
    future::add_done_callback(vm, &outer, Callback::Stop)?;
    run_until_stopped(vm)?;
    for t in &pending {
        if t.state.get() == FutureState::Cancelled {
            continue;
        }
        t.log_traceback.set(false);
        let exc = t.exception_value();
        if !matches!(exc, Value::None) {
            let repr = super::describe::future_repr(vm, t)?;
            super::dropped::exception_handler(
                vm,
                "unhandled exception during asyncio.run() shutdown",
                Some(("task", repr)),
                &exc,
            );
        }
    }
    Ok(())
}
