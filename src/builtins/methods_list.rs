//! The methods of `list` and `tuple`: append, extend, insert, pop, remove, index, count, sort,
//! reverse, copy, clear.

use std::rc::Rc;

use super::{check_args, def_method, int_arg, take_kw, Kwargs};
use crate::vm::{Builtin, ExcKind, List, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
    ];
    for &(name, f) in methods {
        def_method(vm, Builtin::List, name, f);
    }
    def_method(vm, Builtin::Tuple, "index", index);
    def_method(vm, Builtin::Tuple, "count", count);
}

fn this(args: &[Value], name: &str) -> PyResult<Rc<List>> {
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(format!(
            "unbound method list.{name}() needs an argument"
        )));
    };
    match crate::vm::base_of(first) {
        Value::List(l) => Ok(l.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            crate::vm::type_name(first)
        ))),
    }
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    // A plain list and one argument (every loop's `out.append(x)`): no checks called.
    if let ([Value::List(l), item], true) = (args, super::unallocated(&kwargs)) {
        super::forget_unallocated(kwargs);
        l.borrow_mut().push(item.clone());
        return Ok(Value::None);
    }
    let l = this(args, "append")?;
    check_args("list.append", &args[1..], &kwargs, 1, 1)?;
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "extend")?;
    check_args("list.extend", &args[1..], &kwargs, 1, 1)?;
    let items = vm.collect(&args[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "insert")?;
    check_args("insert", &args[1..], &kwargs, 2, 2)?;
    let v = args[2].clone();
    let i = int_arg(&args[1], "")?;
    let mut items = l.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, v);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "pop")?;
    check_args("pop", &args[1..], &kwargs, 0, 1)?;
    let mut items = l.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match args.get(1) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn position(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate() {
        if vm.eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "remove")?;
    check_args("list.remove", &args[1..], &kwargs, 1, 1)?;
    let items = l.borrow().clone();
    match position(vm, &items, &args[1])? {
        Some(i) => {
            l.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn items_of(args: &[Value]) -> PyResult<(Vec<Value>, &'static str)> {
    match args.first().map(crate::vm::base_of) {
        Some(Value::List(l)) => Ok((l.borrow().clone(), "list")),
        Some(Value::Tuple(t)) => Ok(((**t).clone(), "tuple")),
        _ => Err(PyErr::type_error("index() needs a list or tuple")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("index", &args[1..], &kwargs, 1, 3)?;
    let (items, kind) = items_of(args)?;
    let n = items.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        Ok(match v {
            Some(v) => {
                let i = int_arg(v, "")?;
                (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize
            }
            None => default as usize,
        })
    };
    let lo = bound(args.get(2), 0)?;
    let hi = bound(args.get(3), n)?;
    if lo < hi {
        if let Some(i) = position(vm, &items[lo..hi], &args[1])? {
            return Ok(Value::Int((lo + i) as i64));
        }
    }
    Err(PyErr::value_error(if kind == "list" {
        format!("{} is not in list", vm.repr(&args[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

fn count(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("count", &args[1..], &kwargs, 1, 1)?;
    let (items, _) = items_of(args)?;
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "sort")?;
    let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = match take_kw(&mut kwargs, "reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    super::no_more_kwargs("sort", &kwargs)?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let result = super::sort::sort_values(vm, &mut items, key, reverse);
    *l.borrow_mut() = items;
    result.map(|_| Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "reverse")?;
    check_args("reverse", &args[1..], &kwargs, 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "copy")?;
    check_args("copy", &args[1..], &kwargs, 0, 0)?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let l = this(args, "clear")?;
    check_args("clear", &args[1..], &kwargs, 0, 0)?;
    l.borrow_mut().clear();
    Ok(Value::None)
}
