//! The Python face of exception groups: `BaseExceptionGroup.__new__`, `.message`,
//! `.exceptions`, `split`, `subgroup`, `derive`, `__str__`, and `BaseException.add_note`
//! (whose notes the traceback of a group part prints). The mechanism lives in
//! `vm::exc_group`; these natives check arguments with CPython's messages and call it.

use std::rc::Rc;

use super::{check_args, native, Kwargs};
use crate::vm::{group_of, ExcGroup, ExcKind, Key, PyErr, PyResult, Str, StrKey, Value, Vm};

pub fn install(vm: &mut Vm) {
    let group = vm.exc_class(ExcKind::BaseExceptionGroup).clone();
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__new__", group_new),
        ("__str__", group_str),
        ("split", group_split),
        ("subgroup", group_subgroup),
        ("derive", group_derive),
    ];
    let mut dict = group.dict.borrow_mut();
    for &(name, f) in methods {
        dict.insert(Key::str(&Rc::new(Str::new(name))), native(name, f));
    }
    let getters: &[(&'static str, crate::vm::NativeFn)] =
        &[("message", group_message), ("exceptions", group_exceptions)];
    for &(name, f) in getters {
        let property = Value::Property(Rc::new(crate::vm::Property {
            fget: native(name, f),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }));
        dict.insert(Key::str(&Rc::new(Str::new(name))), property);
    }
    drop(dict);
    let base = vm.exc_class(ExcKind::BaseException).clone();
    base.dict.borrow_mut().insert(
        Key::str(&Rc::new(Str::new("add_note"))),
        native("add_note", add_note),
    );
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.first().cloned() else {
        return Err(PyErr::type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    if !kwargs.is_empty() && class.module.as_ref() == "builtins" {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            class.name
        )));
    }
    let rest = args[1..].to_vec();
    if rest.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    vm.new_exception_group(class, rest[0].clone(), rest[1].clone(), rest)
}

/// The group behind `self` of a method (`descriptor` error for anything else).
fn this_group(args: &[Value], name: &str) -> PyResult<ExcGroup> {
    args.first().and_then(group_of).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            args.first().map_or("NoneType".into(), crate::vm::type_name)
        ))
    })
}

fn group_message(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(this_group(args, "message")?.message)
}

fn group_exceptions(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::Tuple(this_group(args, "exceptions")?.exceptions))
}

/// `"message (N sub-exception(s))"`.
pub fn group_text(g: &ExcGroup) -> String {
    let n = g.exceptions.len();
    format!(
        "{} ({n} sub-exception{})",
        g.message.as_str().unwrap_or_default(),
        if n > 1 { "s" } else { "" }
    )
}

fn group_str(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args(
        "BaseExceptionGroup.__str__",
        &args[1.min(args.len())..],
        &kwargs,
        0,
        0,
    )?;
    Ok(Value::str(group_text(&this_group(args, "__str__")?)))
}

fn group_split(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    this_group(args, "split")?;
    check_args("BaseExceptionGroup.split", &args[1..], &kwargs, 1, 1)?;
    let matcher = vm.matcher(&args[1])?;
    let (matched, rest) = vm.split_group(&args[0], &matcher, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn group_subgroup(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    this_group(args, "subgroup")?;
    check_args("BaseExceptionGroup.subgroup", &args[1..], &kwargs, 1, 1)?;
    let matcher = vm.matcher(&args[1])?;
    let (matched, _) = vm.split_group(&args[0], &matcher, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// `derive(excs)`: `BaseExceptionGroup(self.message, excs)` — a plain group, whatever the
/// class of `self` (subclasses override it to keep theirs).
fn group_derive(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let g = this_group(args, "derive")?;
    check_args("derive", &args[1..], &kwargs, 1, 1)?;
    let class = vm.exc_class(ExcKind::BaseExceptionGroup).clone();
    let init_args = vec![g.message.clone(), args[1].clone()];
    vm.new_exception_group(class, g.message, args[1].clone(), init_args)
}

/// `BaseException.add_note(note)`: appends to `__notes__`, made on first use.
fn add_note(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("add_note", &args[1.min(args.len())..], &kwargs, 1, 1)?;
    let Some(Value::Instance(inst)) = args
        .first()
        .filter(|v| matches!(v, Value::Instance(i) if i.exc.is_some()))
    else {
        return Err(PyErr::type_error(
            "descriptor 'add_note' for 'BaseException' objects doesn't apply to this object",
        ));
    };
    let note = &args[1];
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            crate::vm::type_name(note)
        )));
    }
    let key = StrKey::new("__notes__");
    let existing = inst.attr(&key);
    match existing {
        Some(Value::List(l)) => l.borrow_mut().push(note.clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => {
            inst.store_str("__notes__", Value::list(vec![note.clone()]));
        }
    }
    Ok(Value::None)
}
