//! The deadlock report. CPython's loop waits forever when every task waits and nothing — a
//! ready callback, a timer, pending I/O — can ever wake one; weft sees that moment (the idle
//! step has nothing to wait for) and stops with a `RuntimeError` naming each waiting task and
//! what it waits on, found by following its await chain to the innermost coroutine (decision
//! 3): `Queue.get()`, `Event.wait()`, `Lock.acquire()`, another task, a future nobody resolves.

use std::rc::Rc;

use super::events::{self, Wait};
use super::future::Future;
use crate::vm::{ExcKind, PyErr, Value, Vm};

/// The error `run_until_stopped` raises when nothing can wake the loop.
pub fn report(vm: &Vm) -> PyErr {
    let tasks: Vec<Rc<Future>> = vm
        .event_loop
        .as_deref()
        .map(|lp| {
            lp.tasks
                .iter()
                .filter_map(|t| t.upgrade())
                .filter(|t| !t.done())
                .collect()
        })
        .unwrap_or_default();
    let mut lines = vec![
        "deadlock: every task is waiting and nothing (a ready callback, a timer, I/O) can wake one"
            .to_string(),
    ];
    for task in &tasks {
        lines.push(format!("  {}", task_line(vm, task)));
    }
    PyErr::new(ExcKind::RuntimeError, lines.join("\n"))
}

/// `Task-2 (consumer) waits in Queue.get() for a future nobody resolves`.
fn task_line(vm: &Vm, task: &Future) -> String {
    let Some(part) = task.task() else {
        return String::new();
    };
    let name = events::task_ref(task).map(|t| t.name).unwrap_or_default();
    let outer = match &part.coro {
        Value::Generator(g) => g.qualname.to_string(),
        Value::NativeCoro(c) => c.name().to_string(),
        _ => String::new(),
    };
    let wait = events::suspension(vm, &part.coro);
    let target = match &wait.on {
        Wait::Task(t) => format!("task {t}"),
        Wait::Future => "a future nobody resolves".to_string(),
        other => other.to_string(),
    };
    match wait.inside {
        Some(inside) if inside != outer => {
            format!("{name} ({outer}) waits in {inside}() for {target}")
        }
        _ => format!("{name} ({outer}) waits for {target}"),
    }
}
