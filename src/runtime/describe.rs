//! Futures and tasks as CPython's `repr` shows them — `<Task pending name='Task-2'
//! coro=<worker() running at x.py:7> wait_for=<Future pending cb=[Task.task_wakeup()]>>` —
//! which the runtime's messages on stderr ("Task exception was never retrieved") print too.
//! Follows `base_futures._future_repr_info`, `base_tasks._task_repr_info` and
//! `coroutines._format_coroutine` of CPython 3.11.

use std::rc::Rc;

use super::future::{Callback, Future, FutureState};
use crate::vm::{Code, GenState, PyResult, Value, Vm};

/// `repr(future)` / `repr(task)`.
pub fn future_repr(vm: &mut Vm, f: &Future) -> PyResult<String> {
    let mut info = vec![f.state_name().to_lowercase()];
    if let Some(t) = f.task() {
        if t.cancels_requested.get() > 0 && !f.done() {
            info[0] = "cancelling".into();
        }
        let name = t.name();
        info.push(format!("name={}", vm.repr(&name)?));
        info.push(format!(
            "coro=<{}>",
            format_coroutine(&t.coro, t.code.as_ref())
        ));
        if let Some(w) = t.waiter() {
            info.push(format!("wait_for={}", future_repr(vm, &w)?));
        }
    }
    if f.state.get() == FutureState::Finished {
        let exc = f.exception_value();
        if matches!(exc, Value::None) {
            let r = f.result_value();
            info.push(format!("result={}", vm.repr(&r)?));
        } else {
            info.push(format!("exception={}", vm.repr(&exc)?));
        }
    }
    let shown: Vec<String> = f.with_callbacks(|callbacks| match callbacks.len() {
        0 => Vec::new(),
        1 | 2 => callbacks.iter().map(callback_source).collect(),
        n => vec![
            callback_source(&callbacks[0]),
            format!("<{} more>", n - 2),
            callback_source(&callbacks[n - 1]),
        ],
    });
    if !shown.is_empty() {
        info.push(format!("cb=[{}]", shown.join(", ")));
    }
    let kind = if f.task().is_some() { "Task" } else { "Future" };
    Ok(format!("<{kind} {}>", info.join(" ")))
}

/// `worker() running at x.py:7`, or `worker() done, defined at x.py:5` once it has ended.
/// `code` is the coroutine's code, kept by its task for when the frame is gone.
pub fn format_coroutine(coro: &Value, code: Option<&Rc<Code>>) -> String {
    match coro {
        Value::Generator(g) => {
            let name = format!("{}()", g.qualname);
            let frame = g.frame.borrow();
            match (frame.as_ref(), code) {
                (Some(frame), _) => {
                    let co = &frame.code;
                    let span = if g.state.get() == GenState::Created {
                        co.code.first_line_span
                    } else {
                        co.code.spans.get(frame.pc).copied().unwrap_or_default()
                    };
                    let (line, _) = co.source.line(span.start);
                    format!("{name} running at {}:{line}", co.source.filename)
                }
                // Running right now (its frame is on the VM's stack) or finished.
                (None, Some(co)) => {
                    let (line, _) = co.source.line(co.code.first_line_span.start);
                    let state = if g.state.get() == GenState::Running {
                        "running at"
                    } else {
                        "done, defined at"
                    };
                    format!("{name} {state} {}:{line}", co.source.filename)
                }
                (None, None) => name,
            }
        }
        Value::NativeCoro(c) => format!("{}()", c.name()),
        _ => "?".into(),
    }
}

/// A done callback as `_format_callback_source` shows it.
fn callback_source(cb: &Callback) -> String {
    match cb {
        Callback::Call(call) => callable_source(&call.0),
        Callback::Wakeup(_) | Callback::WakeupDone(..) => "Task.task_wakeup()".into(),
        Callback::GatherChild(_) => "gather.<locals>._done_callback()".into(),
        Callback::Stop => "_run_until_complete_cb()".into(),
        Callback::Done(inner, _) => callback_source(inner),
        Callback::Step(..) => "Task.task_step()".into(),
        Callback::SetResultUnlessCancelled(..) => "_set_result_unless_cancelled()".into(),
    }
}

fn callable_source(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let co = &func.code;
            let (line, _) = co.source.line(co.code.first_line_span.start);
            format!(
                "{}() at {}:{line}",
                func.qualname.borrow(),
                co.source.filename
            )
        }
        Value::BoundMethod(m) => callable_source(&m.func),
        Value::Native(n) => format!("{}()", n.name),
        other => format!("<{} object>()", crate::vm::type_name(other)),
    }
}
