//! The runtime's messages about objects that went away unfinished, printed on stderr as
//! CPython prints them: "coroutine 'f' was never awaited" (a `RuntimeWarning` with the file,
//! line and source line of the code running when it was dropped; `sys:1` at exit), "Task
//! exception was never retrieved" and "Task was destroyed but it is pending!" (with the task's
//! repr and the exception's traceback, as asyncio's default exception handler logs them).
//!
//! Destructors run without the VM at hand, so they only queue a `Dropped` here (per thread:
//! one VM per thread) and raise the attention flag; the dispatch loop reports the queue at its
//! next check (`Vm::attend`, right after the `Pop` or `Return` that dropped the object, so the
//! location is the dropping line), the event loop after each callback, and the program's end
//! the rest. Invariant: each queued item is reported once; warnings are shown once per
//! (file, line, message), as Python's default warning filter does.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io::Write;
use std::rc::Rc;

use super::events::{self, Event};
use super::future::Future;
use crate::vm::{Code, ExcKind, Generator, Value, Vm};

/// Something dropped unfinished, waiting to be reported.
pub enum Dropped {
    /// A coroutine made and never awaited (its qualified name).
    NeverAwaited(Rc<str>),
    /// A future (or task) with an exception nobody retrieved, or a task still pending.
    Future(Rc<Future>),
    /// An async generator dropped suspended: the loop schedules its `aclose()`.
    AsyncGen(Rc<Generator>),
}

thread_local! {
    static QUEUE: RefCell<Vec<Dropped>> = const { RefCell::new(Vec::new()) };
    /// (file, line, message) of warnings shown already.
    static SHOWN: RefCell<HashSet<(String, usize, String)>> = RefCell::new(HashSet::new());
}

/// Queues a report (called from destructors) and asks the dispatch loop to attend to it.
pub fn queue(item: Dropped) {
    let queued = QUEUE.try_with(|q| q.borrow_mut().push(item)).is_ok();
    if queued {
        super::attention::request();
    }
}

/// Prints every queued report. `at` is the code and instruction running (the warning's
/// location), or `None` when no Python code runs (`sys:1`, as at CPython's exit).
pub fn report(vm: &mut Vm, at: Option<(&Rc<Code>, usize)>) {
    loop {
        let items = QUEUE
            .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
            .unwrap_or_default();
        if items.is_empty() {
            return;
        }
        vm.flush_out();
        for item in items {
            match item {
                Dropped::NeverAwaited(name) => never_awaited(vm, &name, at),
                Dropped::Future(fut) => future_message(vm, &fut),
                Dropped::AsyncGen(gen) => finalize_asyncgen(vm, gen),
            }
        }
    }
}

fn never_awaited(vm: &mut Vm, name: &str, at: Option<(&Rc<Code>, usize)>) {
    let message = format!("coroutine '{name}' was never awaited");
    let (file, line, text) = match at {
        Some((code, pc)) => {
            let span = code.code.spans.get(pc).copied().unwrap_or_default();
            let (line, text) = code.source.line(span.start);
            (
                code.source.filename.clone(),
                line,
                Some(text.trim().to_string()),
            )
        }
        None => ("sys".to_string(), 1, None),
    };
    let first_time = SHOWN
        .try_with(|s| s.borrow_mut().insert((file.clone(), line, message.clone())))
        .unwrap_or(true);
    if !first_time {
        return;
    }
    let mut out = format!("{file}:{line}: RuntimeWarning: {message}\n");
    if let Some(text) = text {
        if !text.is_empty() {
            out.push_str(&format!("  {text}\n"));
        }
        out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    }
    let _ = std::io::stderr().write_all(out.as_bytes());
    events::emit(vm, Event::Warning { message });
}

/// asyncio's default exception handler: the message, `future: <repr>` or `task: <repr>`,
/// then the exception's traceback.
fn future_message(vm: &mut Vm, fut: &Rc<Future>) {
    let is_task = fut.task().is_some();
    let (message, key) = if fut.log_traceback.get() {
        let kind = if is_task { "Task" } else { "Future" };
        (format!("{kind} exception was never retrieved"), "future")
    } else {
        ("Task was destroyed but it is pending!".to_string(), "task")
    };
    let exc = if fut.log_traceback.get() {
        fut.exception_value()
    } else {
        Value::None
    };
    // The copy is reported; dropping it must not report again.
    fut.log_traceback.set(false);
    fut.log_destroy_pending.set(false);
    let repr = super::describe::future_repr(vm, fut).unwrap_or_default();
    exception_handler(vm, &message, Some((key, repr)), &exc);
}

/// The loop's `_asyncgen_finalizer_hook`: `call_soon(create_task, agen.aclose())`, so the
/// generator's `finally` blocks run in a task of their own on a later iteration. Without a
/// running loop there is nowhere to run them, and the generator is dropped unfinished.
fn finalize_asyncgen(vm: &mut Vm, gen: Rc<Generator>) {
    let exit = vm.new_exception(ExcKind::GeneratorExit, vec![]);
    let aclose = Value::NativeCoro(Rc::new(super::NativeCoro::athrow(gen, exit, true)));
    let Some(lp) = vm.event_loop.as_deref_mut() else {
        return;
    };
    lp.asyncgens.retain(|g| g.strong_count() > 0);
    let create_task = crate::builtins::native("create_task", super::asyncio::module_create_task);
    lp.call_soon(super::Callback::call(create_task, vec![aclose]));
}

/// asyncio's default exception handler (`call_exception_handler`): the message, the future
/// task or async generator it is about as `key: <repr>`, then the exception's traceback.
pub fn exception_handler(vm: &mut Vm, message: &str, about: Option<(&str, String)>, exc: &Value) {
    vm.flush_out();
    let mut out = format!("{message}\n");
    if let Some((key, repr)) = about {
        out.push_str(&format!("{key}: {repr}\n"));
    }
    if !matches!(exc, Value::None) {
        out.push_str(&crate::vm::format_exception(vm, exc));
    }
    let _ = std::io::stderr().write_all(out.as_bytes());
    let message = message.to_string();
    events::emit(vm, Event::Warning { message });
}

impl Drop for Future {
    fn drop(&mut self) {
        let unretrieved = self.log_traceback.get();
        let pending = self.task().is_some() && !self.done() && self.log_destroy_pending.get();
        if !unretrieved && !pending {
            return;
        }
        // Move what the report shows into a copy that lives until it is printed.
        let mut copy = Future::new();
        copy.state.set(self.state.get());
        copy.outcome.replace(self.outcome.take());
        copy.failed.set(self.failed.get());
        copy.log_traceback.set(unretrieved);
        copy.log_destroy_pending.set(pending);
        self.move_kind(&mut copy);
        queue(Dropped::Future(Rc::new(copy)));
    }
}
