//! The `asyncio` names weft implements, as native functions over the runtime: `run`,
//! `sleep`, `create_task`, `ensure_future`, `gather`, `get_running_loop`, `current_task`,
//! the `Future`/`Task` methods, the loop's `time`/`call_soon`/`call_later`/`call_at`/
//! `create_future`/`create_task`, and `Handle.cancel`. Every other asyncio name is absent, so
//! using one fails with "module 'asyncio' has no attribute 'X'".

use std::collections::HashMap;
use std::rc::Rc;

use super::future::{self, running_loop, Callback, Future, FutureState, GatherPart};
use super::native_coro::NativeCoro;
use super::task::create_task;
use crate::builtins::{check_args, def_method, native, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

/// Puts the methods of futures, tasks, handles, loops and coroutines on their classes.
pub fn install(vm: &mut Vm) {
    for class in [Builtin::Future, Builtin::Task] {
        def_method(vm, class, "__new__", future_new);
        def_method(vm, class, "result", fut_result);
        def_method(vm, class, "exception", fut_exception);
        def_method(vm, class, "done", fut_done);
        def_method(vm, class, "cancelled", fut_cancelled);
        def_method(vm, class, "cancel", fut_cancel);
        def_method(vm, class, "add_done_callback", fut_add_done_callback);
        def_method(vm, class, "remove_done_callback", fut_remove_done_callback);
        def_method(vm, class, "set_result", fut_set_result);
        def_method(vm, class, "set_exception", fut_set_exception);
        def_method(vm, class, "get_loop", fut_get_loop);
    }
    def_method(vm, Builtin::Task, "get_name", task_get_name);
    def_method(vm, Builtin::Task, "set_name", task_set_name);
    def_method(vm, Builtin::Task, "get_coro", task_get_coro);
    def_method(vm, Builtin::Task, "cancelling", task_cancelling);
    def_method(vm, Builtin::Task, "uncancel", task_uncancel);
    def_method(vm, Builtin::Handle, "cancel", handle_cancel);
    def_method(vm, Builtin::Handle, "cancelled", handle_cancelled);
    def_method(vm, Builtin::Handle, "when", handle_when);
    def_method(vm, Builtin::EventLoop, "time", loop_time);
    def_method(vm, Builtin::EventLoop, "call_soon", loop_call_soon);
    def_method(vm, Builtin::EventLoop, "call_later", loop_call_later);
    def_method(vm, Builtin::EventLoop, "call_at", loop_call_at);
    def_method(vm, Builtin::EventLoop, "create_future", loop_create_future);
    def_method(vm, Builtin::EventLoop, "create_task", loop_create_task);
    def_method(vm, Builtin::EventLoop, "is_running", loop_is_running);
    def_method(vm, Builtin::Coroutine, "send", coro_send);
    def_method(vm, Builtin::Coroutine, "throw", coro_throw);
    def_method(vm, Builtin::Coroutine, "close", coro_close);
    def_method(vm, Builtin::Coroutine, "__await__", coro_await);
    super::agen::install(vm);
    super::sockets::install(vm);
}

/// The attributes of the `asyncio` module.
pub fn module_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs: Vec<(&'static str, Value)> = vec![
        ("run", native("run", super::runner::run)),
        ("sleep", native("sleep", sleep)),
        ("create_task", native("create_task", module_create_task)),
        ("ensure_future", native("ensure_future", ensure_future_fn)),
        ("gather", native("gather", gather)),
        (
            "get_running_loop",
            native("get_running_loop", get_running_loop),
        ),
        ("get_event_loop", native("get_event_loop", get_running_loop)),
        ("current_task", native("current_task", current_task)),
        ("all_tasks", native("all_tasks", all_tasks)),
        ("iscoroutine", native("iscoroutine", iscoroutine)),
        (
            "iscoroutinefunction",
            native("iscoroutinefunction", iscoroutinefunction),
        ),
    ];
    attrs.extend(super::sockets::module_attrs());
    attrs.extend(super::primitive::module_attrs());
    attrs.push(("Future", Value::Class(vm.class(Builtin::Future).clone())));
    attrs.push(("Task", Value::Class(vm.class(Builtin::Task).clone())));
    for kind in [ExcKind::CancelledError, ExcKind::InvalidStateError] {
        attrs.push((kind.name(), Value::Class(vm.exc_class(kind).clone())));
    }
    attrs.push((
        "TimeoutError",
        Value::Class(vm.exc_class(ExcKind::TimeoutError).clone()),
    ));
    attrs
}

fn this_future(args: &[Value]) -> PyResult<Rc<Future>> {
    match args.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'Future' object")),
    }
}

/// A keyword argument by name, taken out of `kwargs`; others are an error.
pub(super) fn keyword(name: &str, kwargs: Kwargs, allowed: &[&str]) -> PyResult<Vec<Value>> {
    let mut out = vec![Value::None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| **a == *k.s) {
            Some(i) => out[i] = v,
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument '{}'",
                    k.s
                )))
            }
        }
    }
    Ok(out)
}

pub(super) fn is_coroutine(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.is_coroutine,
        Value::NativeCoro(_) => true,
        _ => false,
    }
}

fn sleep(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let given = args.len();
    let mut args = args.iter().cloned();
    let (delay, result) = if kwargs.is_empty() {
        // `sleep(0)` in a loop: no keyword table to build.
        let delay = args.next().unwrap_or(Value::None);
        (delay, args.next().unwrap_or(Value::None))
    } else {
        let names = ["delay", "result"];
        if let Some((k, _)) = kwargs.iter().find(|(k, _)| names[..given].contains(&&*k.s)) {
            return Err(PyErr::type_error(format!(
                "sleep() got multiple values for argument '{}'",
                k.s
            )));
        }
        let kw = keyword("sleep", kwargs, &names)?;
        let delay = args.next().unwrap_or(kw[0].clone());
        (delay, args.next().unwrap_or(kw[1].clone()))
    };
    if matches!(delay, Value::None) {
        return Err(PyErr::type_error(
            "sleep() missing 1 required positional argument: 'delay'",
        ));
    }
    let delay = crate::vm::to_f64(&delay).ok_or_else(|| {
        PyErr::type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            crate::vm::type_name(&delay)
        ))
    })?;
    let _ = vm;
    Ok(Value::NativeCoro(Rc::new(NativeCoro::sleep(delay, result))))
}

pub(super) fn module_create_task(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let kw = keyword("create_task", kwargs, &["name", "context"])?;
    check_args("create_task", args, &Vec::new(), 1, 1)?;
    running_loop(vm)?;
    Ok(Value::Future(create_task(
        vm,
        args[0].clone(),
        kw[0].clone(),
    )?))
}

/// `ensure_future`: a future stays itself; a coroutine becomes a task.
fn ensure_future(vm: &mut Vm, v: Value) -> PyResult<Rc<Future>> {
    match v {
        Value::Future(f) => Ok(f),
        v if is_coroutine(&v) => create_task(vm, v, Value::None),
        v @ Value::Instance(_) if vm.type_of(&v).lookup("__await__").is_some() => {
            let inner = vm.get_awaitable(v)?;
            let wrapper = Rc::new(NativeCoro::wrap_awaitable(inner));
            create_task(vm, Value::NativeCoro(wrapper), Value::None)
        }
        _ => Err(PyErr::type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        )),
    }
}

fn ensure_future_fn(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("ensure_future", kwargs, &["loop"])?;
    check_args("ensure_future", args, &Vec::new(), 1, 1)?;
    Ok(Value::Future(ensure_future(vm, args[0].clone())?))
}

fn gather(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let kw = keyword("gather", kwargs, &["return_exceptions"])?;
    let return_exceptions = vm.truthy(&kw[0])?;
    running_loop(vm)?;
    Ok(Value::Future(gather_futures(vm, args, return_exceptions)?))
}

/// `gather`: each argument made a future in order (the same object once), each child's done
/// callback added as it is made, the outer future resolved by the last child.
pub(super) fn gather_futures(
    vm: &mut Vm,
    aws: &[Value],
    return_exceptions: bool,
) -> PyResult<Rc<Future>> {
    let outer = Rc::new(Future::with_gather(GatherPart {
        return_exceptions,
        ..GatherPart::default()
    }));
    if aws.is_empty() {
        future::set_result(vm, &outer, Value::list(Vec::new()))?;
        return Ok(outer);
    }
    // By identity, as CPython's `arg_to_fut` dict (`aws` keeps every argument alive, so
    // addresses are unique; a value without one fails in ensure_future). A map, not a scan:
    // gather(*100k coroutines) stays linear. A pending future needs no entry: it was seen
    // iff it already has this (new) gather's callback, so gather(*100k tasks) builds no map.
    // Unless an argument's `__await__` (Python code) could resolve one meanwhile.
    let mut seen: HashMap<usize, Rc<Future>> = HashMap::new();
    let mut children = Vec::with_capacity(aws.len());
    let mut unique = 0;
    let runs_code = aws.iter().any(|a| matches!(a, Value::Instance(_)));
    for arg in aws {
        if let (Value::Future(f), false) = (arg, runs_code) {
            if !f.done() {
                let seen_here = f.with_callbacks(|cbs| {
                    cbs.iter()
                        .any(|cb| matches!(cb, Callback::GatherChild(o) if Rc::ptr_eq(o, &outer)))
                });
                if !seen_here {
                    unique += 1;
                    future::add_done_callback(vm, f, Callback::GatherChild(outer.clone()))?;
                }
                children.push(f.clone());
                continue;
            }
        }
        let id = arg.heap_ptr();
        if let Some(fut) = id.and_then(|id| seen.get(&id)) {
            children.push(fut.clone());
            continue;
        }
        let fut = ensure_future(vm, arg.clone())?;
        unique += 1;
        future::add_done_callback(vm, &fut, Callback::GatherChild(outer.clone()))?;
        if let Some(id) = id {
            seen.insert(id, fut.clone());
        }
        children.push(fut);
    }
    if let Some(g) = outer.gather() {
        *g.children.borrow_mut() = children;
        g.unique.set(unique);
    }
    Ok(outer)
}

fn get_running_loop(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("get_running_loop", args, &kwargs, 0, 0)?;
    Ok(running_loop(vm)?.object.clone())
}

fn current_task(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("current_task", kwargs, &["loop"])?;
    check_args("current_task", args, &Vec::new(), 0, 1)?;
    Ok(match &running_loop(vm)?.current_task {
        Some(t) => Value::Future(t.clone()),
        None => Value::None,
    })
}

/// `all_tasks()`: the loop's tasks not done yet.
fn all_tasks(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("all_tasks", kwargs, &["loop"])?;
    check_args("all_tasks", args, &Vec::new(), 0, 1)?;
    let tasks: Vec<Value> = running_loop(vm)?
        .tasks
        .iter()
        .filter_map(|t| t.upgrade())
        .filter(|t| !t.done())
        .map(Value::Future)
        .collect();
    vm.new_set(tasks, false)
}

/// `asyncio.iscoroutine`: in CPython 3.11 a plain generator counts too (the old
/// generator-based coroutines); async generators do not.
fn iscoroutine(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("iscoroutine", args, &kwargs, 1, 1)?;
    let plain_generator = matches!(&args[0], Value::Generator(g) if !g.is_async_gen);
    Ok(Value::Bool(is_coroutine(&args[0]) || plain_generator))
}

/// `asyncio.iscoroutinefunction`: an `async def` function (not an async generator
/// function), also when reached through a bound method.
fn iscoroutinefunction(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("iscoroutinefunction", args, &kwargs, 1, 1)?;
    let func = match &args[0] {
        Value::BoundMethod(m) => &m.func,
        other => other,
    };
    Ok(Value::Bool(matches!(func,
        Value::Function(f) if f.code.code.flags.coroutine && !f.code.code.flags.generator)))
}

// Future and Task methods.

fn future_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("Future", kwargs, &["loop"])?;
    if let Some(Value::Class(c)) = args.first() {
        if c.builtin == Some(Builtin::Task) {
            let kw: Kwargs = Vec::new();
            check_args("Task", &args[1..], &kw, 1, 1)?;
            return Ok(Value::Future(create_task(
                vm,
                args[1].clone(),
                Value::None,
            )?));
        }
    }
    Ok(Value::Future(Rc::new(Future::new())))
}

fn fut_result(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("result", &args[1..], &kwargs, 0, 0)?;
    let fut = this_future(args)?;
    future::result(vm, &fut)
}

fn fut_exception(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("exception", &args[1..], &kwargs, 0, 0)?;
    let fut = this_future(args)?;
    future::exception(vm, &fut)
}

fn fut_done(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("done", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(this_future(args)?.done()))
}

fn fut_cancelled(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("cancelled", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(
        this_future(args)?.state.get() == FutureState::Cancelled,
    ))
}

fn fut_cancel(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let kw = keyword("cancel", kwargs, &["msg"])?;
    check_args("cancel", &args[1..], &Vec::new(), 0, 1)?;
    let msg = args.get(1).cloned().unwrap_or(kw[0].clone());
    let fut = this_future(args)?;
    Ok(Value::Bool(future::cancel(vm, &fut, msg)?))
}

fn fut_add_done_callback(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    keyword("add_done_callback", kwargs, &["context"])?;
    check_args("add_done_callback", &args[1..], &Vec::new(), 1, 1)?;
    let fut = this_future(args)?;
    future::add_done_callback(vm, &fut, Callback::call(args[1].clone(), Vec::new()))?;
    Ok(Value::None)
}

fn fut_remove_done_callback(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("remove_done_callback", &args[1..], &kwargs, 1, 1)?;
    let fut = this_future(args)?;
    let target = args[1].heap_ptr();
    let removed =
        fut.remove_callbacks(|c| matches!(c, Callback::Call(call) if call.0.heap_ptr() == target));
    Ok(Value::Int(removed as i64))
}

fn fut_set_result(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("set_result", &args[1..], &kwargs, 1, 1)?;
    let fut = this_future(args)?;
    if fut.task().is_some() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Task does not support set_result operation",
        ));
    }
    future::set_result(vm, &fut, args[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("set_exception", &args[1..], &kwargs, 1, 1)?;
    let fut = this_future(args)?;
    if fut.task().is_some() {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "Task does not support set_exception operation",
        ));
    }
    future::set_exception(vm, &fut, args[1].clone())?;
    Ok(Value::None)
}

fn fut_get_loop(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("get_loop", &args[1..], &kwargs, 0, 0)?;
    Ok(running_loop(vm)?.object.clone())
}

fn this_task(args: &[Value]) -> PyResult<Rc<Future>> {
    let fut = this_future(args)?;
    if fut.task().is_none() {
        return Err(PyErr::type_error("descriptor requires a 'Task' object"));
    }
    Ok(fut)
}

fn task_get_name(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("get_name", &args[1..], &kwargs, 0, 0)?;
    let t = this_task(args)?;
    Ok(t.task().map_or(Value::None, |p| p.name()))
}

fn task_set_name(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("set_name", &args[1..], &kwargs, 1, 1)?;
    let t = this_task(args)?;
    let name = Value::str(vm.str_of(&args[1])?);
    if let Some(p) = t.task() {
        p.set_name(name);
    }
    Ok(Value::None)
}

fn task_get_coro(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("get_coro", &args[1..], &kwargs, 0, 0)?;
    let t = this_task(args)?;
    Ok(t.task().map_or(Value::None, |p| p.coro.clone()))
}

fn task_cancelling(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("cancelling", &args[1..], &kwargs, 0, 0)?;
    let t = this_task(args)?;
    Ok(Value::Int(
        t.task().map_or(0, |p| p.cancels_requested.get()) as i64,
    ))
}

fn task_uncancel(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("uncancel", &args[1..], &kwargs, 0, 0)?;
    let t = this_task(args)?;
    let n = match t.task() {
        Some(p) => {
            let n = p.cancels_requested.get().saturating_sub(1);
            p.cancels_requested.set(n);
            n
        }
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

// Handles.

fn this_handle(args: &[Value]) -> PyResult<Rc<super::Handle>> {
    match args.first() {
        Some(Value::Handle(h)) => Ok(h.clone()),
        _ => Err(PyErr::type_error("descriptor requires a 'Handle' object")),
    }
}

fn handle_cancel(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("cancel", &args[1..], &kwargs, 0, 0)?;
    let h = this_handle(args)?;
    match vm.event_loop.as_deref_mut() {
        Some(lp) => lp.cancel(&h),
        None => {
            h.cancelled.set(true);
            h.callback.borrow_mut().take();
        }
    }
    Ok(Value::None)
}

fn handle_cancelled(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("cancelled", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(this_handle(args)?.cancelled.get()))
}

fn handle_when(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("when", &args[1..], &kwargs, 0, 0)?;
    match this_handle(args)?.when() {
        Some(w) => Ok(Value::Float(w)),
        None => Err(PyErr::new(
            ExcKind::AttributeError,
            "'Handle' object has no attribute 'when'",
        )),
    }
}

// The loop object's methods.

fn loop_time(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("time", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Float(running_loop(vm)?.time()))
}

fn callback_of(name: &str, args: &[Value], kwargs: Kwargs) -> PyResult<Callback> {
    keyword(name, kwargs, &["context"])?;
    let Some(f) = args.first() else {
        return Err(PyErr::type_error(format!(
            "{name}() missing 1 required positional argument: 'callback'"
        )));
    };
    Ok(Callback::call(f.clone(), args[1..].to_vec()))
}

fn loop_call_soon(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let cb = callback_of("call_soon", &args[1..], kwargs)?;
    Ok(Value::Handle(running_loop(vm)?.call_soon_handle(cb)))
}

fn number(name: &str, v: Option<&Value>) -> PyResult<f64> {
    v.and_then(crate::vm::to_f64)
        .ok_or_else(|| PyErr::type_error(format!("{name}() needs a number of seconds")))
}

fn loop_call_later(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let delay = number("call_later", args.get(1))?;
    let cb = callback_of("call_later", args.get(2..).unwrap_or(&[]), kwargs)?;
    Ok(Value::Handle(running_loop(vm)?.call_later(delay, cb)))
}

fn loop_call_at(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let when = number("call_at", args.get(1))?;
    let cb = callback_of("call_at", args.get(2..).unwrap_or(&[]), kwargs)?;
    Ok(Value::Handle(running_loop(vm)?.call_at(when, cb)))
}

fn loop_create_future(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("create_future", &args[1..], &kwargs, 0, 0)?;
    running_loop(vm)?;
    Ok(Value::Future(Rc::new(Future::new())))
}

fn loop_create_task(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    module_create_task(vm, &args[1..], kwargs)
}

fn loop_is_running(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("is_running", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(vm.event_loop.is_some()))
}

// Coroutine methods (`async def` coroutines share the generator's; native ones here too).

fn coro_send(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("send", &args[1..], &kwargs, 1, 1)?;
    let step = super::task::coro_send(vm, &args[0], args[1].clone())?;
    step_value(vm, step)
}

fn coro_throw(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("throw", &args[1..], &kwargs, 1, 1)?;
    let step = super::task::coro_throw(vm, &args[0], args[1].clone())?;
    step_value(vm, step)
}

/// A yielded value is returned; a finished coroutine raises `StopIteration(value)`.
fn step_value(_vm: &mut Vm, step: crate::vm::GenStep) -> PyResult<Value> {
    match step {
        crate::vm::GenStep::Yielded(v) => Ok(v),
        crate::vm::GenStep::Returned(Value::None) => {
            Err(PyErr::with_args(ExcKind::StopIteration, vec![]))
        }
        crate::vm::GenStep::Returned(v) => Err(PyErr::with_args(ExcKind::StopIteration, vec![v])),
    }
}

fn coro_await(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("__await__", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::NativeCoro(Rc::new(NativeCoro::await_wrapper(
        args[0].clone(),
    ))))
}

fn coro_close(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("close", &args[1..], &kwargs, 0, 0)?;
    match &args[0] {
        Value::Generator(g) => vm.gen_close(g)?,
        Value::NativeCoro(c) => {
            let exit = vm.new_exception(ExcKind::GeneratorExit, vec![]);
            let _ = super::native_coro::throw(vm, c, exit);
        }
        _ => {}
    }
    Ok(Value::None)
}
