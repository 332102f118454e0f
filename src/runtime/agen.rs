//! Async generators' methods and the `anext`/`aiter` built-ins. Each method gives an
//! awaitable (a native coroutine, see `native_coro`) that resumes the generator; the first
//! one called inside a running loop registers the generator with the loop, as CPython's
//! asyncgen "firstiter" hook does, so the loop can finalise it (`dropped`) and close it at
//! shutdown (`runner`).

use std::rc::Rc;

use super::native_coro::NativeCoro;
use crate::builtins::{check_args, def_method, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    def_method(vm, Builtin::AsyncGenerator, "__aiter__", agen_aiter);
    def_method(vm, Builtin::AsyncGenerator, "__anext__", agen_anext);
    def_method(vm, Builtin::AsyncGenerator, "asend", agen_asend);
    def_method(vm, Builtin::AsyncGenerator, "athrow", agen_athrow);
    def_method(vm, Builtin::AsyncGenerator, "aclose", agen_aclose);
    crate::builtins::def_function(vm, "anext", anext);
    crate::builtins::def_function(vm, "aiter", aiter);
}

fn this_agen(args: &[Value]) -> PyResult<Rc<crate::vm::Generator>> {
    match args.first() {
        Some(Value::Generator(g)) if g.is_async_gen => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires an 'async_generator' object",
        )),
    }
}

/// The loop's `_asyncgen_firstiter_hook`, run on an async generator's first `__anext__`,
/// `asend`, `athrow` or `aclose` inside a running loop: the loop keeps it (weakly) to close
/// at shutdown, and finalises it if it is dropped suspended.
fn init_hooks(vm: &mut Vm, gen: &Rc<crate::vm::Generator>) {
    if gen.hooks_inited.get() {
        return;
    }
    if let Some(lp) = vm.event_loop.as_deref_mut() {
        gen.hooks_inited.set(true);
        lp.asyncgens.push(Rc::downgrade(gen));
    }
}

fn agen_aiter(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("__aiter__", &args[1..], &kwargs, 0, 0)?;
    Ok(args[0].clone())
}

fn agen_anext(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("__anext__", &args[1..], &kwargs, 0, 0)?;
    let gen = this_agen(args)?;
    init_hooks(vm, &gen);
    Ok(Value::NativeCoro(Rc::new(NativeCoro::asend(
        gen,
        Value::None,
    ))))
}

fn agen_asend(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("asend", &args[1..], &kwargs, 1, 1)?;
    let gen = this_agen(args)?;
    init_hooks(vm, &gen);
    Ok(Value::NativeCoro(Rc::new(NativeCoro::asend(
        gen,
        args[1].clone(),
    ))))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("athrow", &args[1..], &kwargs, 1, 1)?;
    let gen = this_agen(args)?;
    init_hooks(vm, &gen);
    Ok(Value::NativeCoro(Rc::new(NativeCoro::athrow(
        gen,
        args[1].clone(),
        false,
    ))))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("aclose", &args[1..], &kwargs, 0, 0)?;
    let gen = this_agen(args)?;
    init_hooks(vm, &gen);
    let exit = vm.new_exception(ExcKind::GeneratorExit, vec![]);
    Ok(Value::NativeCoro(Rc::new(NativeCoro::athrow(
        gen, exit, true,
    ))))
}

/// `anext(aiter[, default])`: `aiter.__anext__()`, or an awaitable that gives `default`
/// at the end.
fn anext(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("anext", args, &kwargs, 1, 2)?;
    let next = vm.get_anext(&args[0])?;
    match args.get(1) {
        None => Ok(next),
        Some(default) => {
            let inner = vm.get_awaitable(next)?;
            Ok(Value::NativeCoro(Rc::new(NativeCoro::anext_default(
                inner,
                default.clone(),
            ))))
        }
    }
}

/// `aiter(obj)`: `obj.__aiter__()`.
fn aiter(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("aiter", args, &kwargs, 1, 1)?;
    vm.get_aiter(args[0].clone())
}
