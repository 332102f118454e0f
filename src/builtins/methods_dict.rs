//! The methods of `dict`, `set` and `frozenset`. Dict views (`keys`, `values`, `items`) are
//! snapshots in lists for now: they print and iterate like CPython's but do not follow later
//! changes to the dict.

use std::cell::RefCell;
use std::rc::Rc;

use super::{check_args, def_method, Kwargs};
use crate::vm::{Builtin, Dict, ExcKind, Key, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let dict: &[(&'static str, crate::vm::NativeFn)] = &[
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("fromkeys", fromkeys),
    ];
    for &(name, f) in dict {
        def_method(vm, Builtin::Dict, name, f);
    }
    if let Some(v) = vm.class(Builtin::Dict).lookup("fromkeys") {
        crate::vm::set_class_attr(
            vm.class(Builtin::Dict),
            "fromkeys",
            Value::ClassMethod(Rc::new(v)),
        );
    }
    let set: &[(&'static str, crate::vm::NativeFn)] = &[
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("copy", set_copy),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    for &(name, f) in set {
        def_method(vm, Builtin::Set, name, f);
        if !matches!(
            name,
            "add"
                | "discard"
                | "remove"
                | "pop"
                | "clear"
                | "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update"
        ) {
            def_method(vm, Builtin::FrozenSet, name, f);
        }
    }
}

fn this(args: &[Value], name: &str) -> PyResult<Rc<RefCell<Dict>>> {
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(format!(
            "unbound method dict.{name}() needs an argument"
        )));
    };
    match crate::vm::base_of(first) {
        Value::Dict(d) => Ok(d.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            crate::vm::type_name(first)
        ))),
    }
}

fn get(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    // `d.get(k)` / `d.get(k, default)` on a plain dict (a counting loop's) reads the dict
    // where it lies: no argument check call, no new reference to the dict.
    if let [Value::Dict(d), key, default @ ..] = args {
        if default.len() <= 1 && super::unallocated(&kwargs) {
            super::forget_unallocated(kwargs);
            let found = vm.dict_get(d, key)?;
            return Ok(found.unwrap_or_else(|| default.first().cloned().unwrap_or(Value::None)));
        }
    }
    let d = this(args, "get")?;
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("dict.get() takes no keyword arguments"));
    }
    check_args("get", &args[1..], &kwargs, 1, 2)?;
    let found = vm.dict_get(&d, &args[1])?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn keys(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "keys")?;
    check_args("keys", &args[1..], &kwargs, 0, 0)?;
    Ok(crate::vm::dict_view("dict_keys", d))
}

fn values(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "values")?;
    check_args("values", &args[1..], &kwargs, 0, 0)?;
    Ok(crate::vm::dict_view("dict_values", d))
}

fn items(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "items")?;
    check_args("items", &args[1..], &kwargs, 0, 0)?;
    Ok(crate::vm::dict_view("dict_items", d))
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "pop")?;
    check_args("pop", &args[1..], &kwargs, 1, 2)?;
    let k = vm.dict_key(&d, args[1].clone())?;
    let removed = d.borrow_mut().shift_remove(&k);
    match (removed, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::with_args(ExcKind::KeyError, vec![args[1].clone()])),
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "popitem")?;
    check_args("popitem", &args[1..], &kwargs, 0, 0)?;
    let last = d.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn setdefault(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "setdefault")?;
    check_args("setdefault", &args[1..], &kwargs, 1, 2)?;
    let k = vm.dict_key(&d, args[1].clone())?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    let v = d.borrow_mut().entry(k).or_insert(default).clone();
    Ok(v)
}

fn update(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "update")?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let mut new = Dict::default();
    super::constructors::dict_fill(vm, &mut new, args.get(1), kwargs)?;
    d.borrow_mut().extend(new);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "copy")?;
    check_args("copy", &args[1..], &kwargs, 0, 0)?;
    let c = d.borrow().clone();
    Ok(Value::dict(c))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(args, "clear")?;
    check_args("clear", &args[1..], &kwargs, 0, 0)?;
    d.borrow_mut().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("fromkeys", &args[1..], &kwargs, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let mut d = Dict::default();
    for k in vm.collect(&args[1])? {
        let k = vm.map_key(&d, k)?;
        d.insert(k, value.clone());
    }
    Ok(Value::dict(d))
}

fn set_this(args: &[Value]) -> PyResult<Rc<crate::vm::SetObj>> {
    match args.first().map(crate::vm::base_of) {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error(
            "descriptor for 'set' objects doesn't apply to this object",
        )),
    }
}

fn set_add(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    check_args("set.add", &args[1..], &kwargs, 1, 1)?;
    let k = vm.set_key(&s, args[1].clone())?;
    s.items.borrow_mut().insert(k);
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    check_args("set.discard", &args[1..], &kwargs, 1, 1)?;
    let k = vm.set_key(&s, args[1].clone())?;
    s.items.borrow_mut().shift_remove(&k);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    check_args("set.remove", &args[1..], &kwargs, 1, 1)?;
    let k = vm.set_key(&s, args[1].clone())?;
    if s.items.borrow_mut().shift_remove(&k) {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![args[1].clone()]))
    }
}

fn set_pop(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    check_args("set.pop", &args[1..], &kwargs, 0, 0)?;
    let first = s.items.borrow_mut().shift_remove_index(0);
    first
        .map(|k| k.value)
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    check_args("set.clear", &args[1..], &kwargs, 0, 0)?;
    s.items.borrow_mut().clear();
    Ok(Value::None)
}

fn keys_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Key>> {
    if let Value::Set(s) = v {
        return Ok(s.items.borrow().iter().cloned().collect());
    }
    vm.collect(v)?.into_iter().map(Key::new).collect()
}

fn set_update(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    for other in &args[1..] {
        let ks = keys_of(vm, other)?;
        s.items.borrow_mut().extend(ks);
    }
    Ok(Value::None)
}

fn combine(
    vm: &mut Vm,
    args: &[Value],
    f: impl Fn(&indexmap::IndexSet<Key, crate::vm::BuildKeyHasher>, &[Key]) -> Vec<Key>,
) -> PyResult<Value> {
    let s = set_this(args)?;
    let mut acc: indexmap::IndexSet<Key, crate::vm::BuildKeyHasher> = s.items.borrow().clone();
    for other in &args[1..] {
        let ks = keys_of(vm, other)?;
        acc = f(&acc, &ks).into_iter().collect();
    }
    Ok(Value::Set(Rc::new(crate::vm::SetObj {
        items: RefCell::new(acc),
        frozen: s.frozen,
    })))
}

fn set_union(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    combine(vm, args, |a, b| {
        a.iter()
            .chain(b.iter())
            .cloned()
            .collect::<indexmap::IndexSet<Key, crate::vm::BuildKeyHasher>>()
            .into_iter()
            .collect()
    })
}

fn set_intersection(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    combine(vm, args, |a, b| {
        a.iter().filter(|k| b.contains(k)).cloned().collect()
    })
}

fn set_difference(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    combine(vm, args, |a, b| {
        a.iter().filter(|k| !b.contains(k)).cloned().collect()
    })
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    combine(vm, args, |a, b| {
        a.iter()
            .filter(|k| !b.contains(k))
            .chain(b.iter().filter(|k| !a.contains(*k)))
            .cloned()
            .collect()
    })
}

/// The `*_update` methods: the operation's result becomes the set's contents.
fn update_with(vm: &mut Vm, args: &[Value], op: crate::vm::NativeFn) -> PyResult<Value> {
    let s = set_this(args)?;
    if let Value::Set(result) = op(vm, args, Vec::new())? {
        let items = result.items.borrow().clone();
        *s.items.borrow_mut() = items;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    update_with(vm, args, set_intersection)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    update_with(vm, args, set_difference)
}

fn set_symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    _kwargs: Kwargs,
) -> PyResult<Value> {
    update_with(vm, args, set_symmetric_difference)
}

fn relation(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
) -> PyResult<(Vec<Key>, Vec<Key>)> {
    check_args(name, &args[1..], kwargs, 1, 1)?;
    let s = set_this(args)?;
    let a = s.items.borrow().iter().cloned().collect();
    let b = keys_of(vm, &args[1])?;
    Ok((a, b))
}

fn set_issubset(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(vm, args, &kwargs, "issubset")?;
    Ok(Value::Bool(a.iter().all(|k| b.contains(k))))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(vm, args, &kwargs, "issuperset")?;
    Ok(Value::Bool(b.iter().all(|k| a.contains(k))))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (a, b) = relation(vm, args, &kwargs, "isdisjoint")?;
    Ok(Value::Bool(!a.iter().any(|k| b.contains(k))))
}

fn set_copy(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let s = set_this(args)?;
    let items = s.items.borrow().clone();
    Ok(Value::Set(Rc::new(crate::vm::SetObj {
        items: RefCell::new(items),
        frozen: s.frozen,
    })))
}
