//! The built-in functions (`print`, `len`, `range`...) and the methods of the built-in types,
//! installed into a fresh `Vm`: functions into its builtins dict, methods into the built-in
//! classes' dicts. Each native takes positional arguments then keyword arguments and checks
//! them itself, with CPython's messages.

pub(crate) mod bytes;
mod bytes_methods;
mod codecs;
mod constructors;
mod exc_group;
pub(crate) mod exceptions;
pub(crate) mod file;
pub(crate) mod functions;
mod int_methods;
mod introspect;
mod methods_dict;
mod methods_list;
mod methods_misc;
pub(crate) mod methods_str;
pub(crate) mod range;
mod slots;
mod sort;
mod translate;
pub(crate) mod unicode;
pub(crate) mod views;

use std::rc::Rc;

use crate::vm::{Builtin, ExcKind, Key, Native, NativeFn, PyErr, PyResult, Str, Value, Vm};

pub(crate) use constructors::range_new;

pub type Kwargs = Vec<(Rc<Str>, Value)>;

/// Whether a call came without keyword arguments, for a native's fast path: the dispatch
/// loop passes those calls a `Vec::new()`, which never allocated.
#[inline(always)]
pub(crate) fn unallocated(kwargs: &Kwargs) -> bool {
    kwargs.capacity() == 0
}

/// Lets go of `kwargs`, which `unallocated` said holds nothing: dropping even an empty
/// `Vec` is an out-of-line call, a tenth of a hot native's cost.
#[inline(always)]
pub(crate) fn forget_unallocated(kwargs: Kwargs) {
    debug_assert!(kwargs.capacity() == 0);
    std::mem::forget(kwargs);
}

pub fn install(vm: &mut Vm) {
    functions::install(vm);
    constructors::install(vm);
    exc_group::install(vm);
    methods_str::install(vm);
    methods_list::install(vm);
    methods_dict::install(vm);
    methods_misc::install(vm);
    bytes::install(vm);
    bytes_methods::install(vm);
    file::install(vm);
    int_methods::install(vm);
    translate::install(vm);
    slots::install(vm);
    introspect::install(vm);
}

pub(crate) fn native(name: &'static str, f: NativeFn) -> Value {
    Value::Native(Rc::new(Native {
        name,
        f,
        needs_scope: false,
        await_now: None,
    }))
}

/// Puts a native function into the builtins dict.
pub(crate) fn def_function(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let key = Key::str(&vm.intern(name));
    vm.builtins.borrow_mut().insert(key, native(name, f));
    crate::vm::class_changed();
}

/// Puts a value into the builtins dict.
pub(crate) fn def_value(vm: &mut Vm, name: &str, v: Value) {
    let key = Key::str(&vm.intern(name));
    vm.builtins.borrow_mut().insert(key, v);
}

/// Puts a native method into a built-in class.
pub(crate) fn def_method(vm: &mut Vm, class: Builtin, name: &'static str, f: NativeFn) {
    vm.class(class)
        .dict
        .borrow_mut()
        .insert(Key::str(&Rc::new(Str::new(name))), native(name, f));
    crate::vm::class_changed();
}

/// Checks the number of positional arguments and that no keywords were given.
pub(crate) fn check_args(
    name: &str,
    args: &[Value],
    kwargs: &Kwargs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// Takes a keyword argument out of `kwargs`.
pub(crate) fn take_kw(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| &*k.s == name)?;
    Some(kwargs.remove(i).1)
}

/// Errors if keywords remain that the function does not take.
pub(crate) fn no_more_kwargs(fname: &str, kwargs: &Kwargs) -> PyResult<()> {
    match kwargs.first() {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "{fname}() got an unexpected keyword argument '{}'",
            k.s
        ))),
        None => Ok(()),
    }
}

/// An integer argument (bools count), for indexes and counts.
pub(crate) fn int_arg(v: &Value, what: &str) -> PyResult<i64> {
    match crate::vm::base_of(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error(format!(
            "{what}'{}' object cannot be interpreted as an integer",
            crate::vm::type_name(v)
        ))),
    }
}

/// A `str` argument.
pub(crate) fn str_arg<'a>(v: &'a Value, fname: &str, pos: &str) -> PyResult<&'a str> {
    match crate::vm::base_of(v) {
        Value::Str(s) => Ok(&s.s),
        _ => Err(PyErr::type_error(format!(
            "{fname}() argument{pos} must be str, not {}",
            crate::vm::type_name(v)
        ))),
    }
}
pub(crate) use exc_group::group_text;
pub(crate) use functions::length;
