//! The built-in functions that are not type constructors: `print`, `len`, `abs`, `min`,
//! `sorted`, `enumerate`, `isinstance`, `getattr`...

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use super::{check_args, def_function, int_arg, no_more_kwargs, take_kw, Kwargs};
use crate::bytecode::{BinOp, CmpOp};
use crate::vm::{best_generator, sum_generator};
use crate::vm::{iter_value, IterState};
use crate::vm::{ExcKind, PyErr, PyResult, Str, Value, Vm};

pub fn install(vm: &mut Vm) {
    def_function(vm, "print", print);
    def_function(vm, "len", len);
    def_function(vm, "repr", repr);
    def_function(vm, "ascii", ascii);
    def_function(vm, "isinstance", isinstance);
    def_function(vm, "issubclass", issubclass);
    def_function(vm, "abs", abs);
    def_function(vm, "min", min);
    def_function(vm, "max", max);
    def_function(vm, "sum", sum);
    def_function(vm, "sorted", sorted);
    def_function(vm, "enumerate", enumerate);
    def_function(vm, "zip", zip);
    def_function(vm, "map", map);
    def_function(vm, "filter", filter);
    def_function(vm, "reversed", reversed);
    def_function(vm, "iter", iter);
    def_function(vm, "next", next);
    def_function(vm, "hash", hash);
    def_function(vm, "id", id);
    def_function(vm, "chr", chr);
    def_function(vm, "ord", ord);
    def_function(vm, "hex", hex);
    def_function(vm, "oct", oct);
    def_function(vm, "bin", bin);
    def_function(vm, "round", round);
    def_function(vm, "divmod", divmod);
    def_function(vm, "pow", pow);
    def_function(vm, "all", all);
    def_function(vm, "any", any);
    def_function(vm, "callable", callable);
    def_function(vm, "getattr", getattr);
    def_function(vm, "setattr", setattr);
    def_function(vm, "hasattr", hasattr);
    def_function(vm, "delattr", delattr);
    def_function(vm, "format", format);
    def_function(vm, "globals", globals);
    super::def_value(vm, "Ellipsis", Value::Ellipsis);
    super::def_value(vm, "NotImplemented", Value::NotImplemented);
}

fn print(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let sep = take_kw(&mut kwargs, "sep");
    let end = take_kw(&mut kwargs, "end");
    let file = take_kw(&mut kwargs, "file");
    let flush = take_kw(&mut kwargs, "flush");
    no_more_kwargs("print", &kwargs)?;
    let text_of = |v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.s.to_string()),
            Some(other) => Err(PyErr::type_error(format!(
                "{what} must be None or a string, not {}",
                crate::vm::type_name(&other)
            ))),
        }
    };
    let sep = text_of(sep, " ", "sep")?;
    let end = text_of(end, "\n", "end")?;
    let flush = match flush {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let file = file.filter(|f| !matches!(f, Value::None));
    let Some(file) = file else {
        let mut line = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            line.push_str(&vm.str_of(a)?);
        }
        line.push_str(&end);
        vm.write_out(&line);
        if flush {
            vm.flush_out();
        }
        return Ok(Value::None);
    };
    // Another file gets one write() per piece, as CPython's print does.
    let write = vm.get_attr(&file, &Rc::new(Str::new("write")))?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            vm.call(&write, vec![Value::str(sep.as_str())], vec![])?;
        }
        let text = vm.str_of(a)?;
        vm.call(&write, vec![Value::str(text)], vec![])?;
    }
    vm.call(&write, vec![Value::str(end)], vec![])?;
    if flush {
        let f = vm.get_attr(&file, &Rc::new(Str::new("flush")))?;
        vm.call(&f, vec![], vec![])?;
    }
    Ok(Value::None)
}

pub fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Set(s) => s.items.borrow().len(),
        Value::Range(r) => r.len().max(0) as usize,
        Value::BigRange(r) => super::range::len_of(r)?,
        Value::View(view) => view.1.borrow().len(),
        Value::Instance(_) => match vm.call_dunder(v, "__len__", vec![])? {
            Some(Value::Int(n)) if n >= 0 => n as usize,
            Some(Value::Int(_)) => return Err(PyErr::value_error("__len__() should return >= 0")),
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::vm::type_name(&other)
                )))
            }
            None if !std::ptr::eq(crate::vm::base_of(v), v) => {
                return length(vm, crate::vm::base_of(v))
            }
            None => return Err(no_len(v)),
        },
        _ => return Err(no_len(v)),
    })
}

fn no_len(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "object of type '{}' has no len()",
        crate::vm::type_name(v)
    ))
}

fn len(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match args {
        // `len(s)` of a str (the hot case) without the argument check's call.
        [Value::Str(s)] if super::unallocated(&kwargs) => {
            super::forget_unallocated(kwargs);
            Ok(Value::Int(s.char_len() as i64))
        }
        [v] if kwargs.is_empty() => Ok(Value::Int(length(vm, v)? as i64)),
        _ => {
            check_args("len", args, &kwargs, 1, 1)?;
            Ok(Value::Int(length(vm, &args[0])? as i64))
        }
    }
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("repr", args, &kwargs, 1, 1)?;
    Ok(Value::str(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("ascii", args, &kwargs, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::str(crate::vm::ascii_escape(&r)))
}

/// `isinstance`/`issubclass` against a class or a tuple of classes.
fn class_matches(class: &Rc<crate::vm::Class>, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(class.is_subclass(c)
            || (c.builtin == Some(crate::vm::Builtin::Int)
                && class.builtin == Some(crate::vm::Builtin::Bool))),
        Value::Tuple(items) => {
            for t in items.iter() {
                if class_matches(class, t, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("isinstance", args, &kwargs, 2, 2)?;
    let class = vm.type_of(&args[0]);
    Ok(Value::Bool(class_matches(&class, &args[1], "isinstance")?))
}

fn issubclass(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("issubclass", args, &kwargs, 2, 2)?;
    let Value::Class(class) = &args[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_matches(class, &args[1], "issubclass")?))
}

fn abs(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("abs", args, &kwargs, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => Value::bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(_) => match vm.call_dunder(v, "__abs__", vec![])? {
            Some(r) => r,
            None if !matches!(crate::vm::base_of(v), Value::Instance(_)) => {
                return abs(vm, &[crate::vm::base_of(v).clone()], kwargs)
            }
            None => return Err(bad_operand("abs()", v)),
        },
        v => return Err(bad_operand("abs()", v)),
    })
}

fn bad_operand(what: &str, v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "bad operand type for {what}: '{}'",
        crate::vm::type_name(v)
    ))
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    mut kwargs: Kwargs,
    name: &str,
    want: Ordering,
) -> PyResult<Value> {
    let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let default = take_kw(&mut kwargs, "default");
    no_more_kwargs(name, &kwargs)?;
    let mut best: Option<Best> = None;
    match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        // One iterable: stepped item by item (a generator is never collected first).
        1 => {
            let it = vm.get_iter(&args[0])?;
            if let (Value::Generator(gen), None) = (&it, &key) {
                // Ints compared inside the generator's frame (see `vm::fold`).
                let found = best_generator(vm, gen, want, |vm, best, item| {
                    let mut best = best.map(|item| Best { item, key: None });
                    offer(vm, None, want, &mut best, item)?;
                    Ok(best.map_or(Value::None, |b| b.item))
                })?;
                best = found.map(|item| Best { item, key: None });
            } else {
                while let Some(item) = vm.next(&it)? {
                    offer(vm, key.as_ref(), want, &mut best, item)?;
                }
            }
        }
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for item in args.iter().cloned() {
                offer(vm, key.as_ref(), want, &mut best, item)?;
            }
        }
    }
    match best {
        Some(b) => Ok(b.item),
        None => {
            default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")))
        }
    }
}

/// The best item so far of `min`/`max`, with its key when there is a key function.
struct Best {
    item: Value,
    key: Option<Value>,
}

/// Compares `item` with the best so far and keeps the better (the first of equals).
fn offer(
    vm: &mut Vm,
    key_fn: Option<&Value>,
    want: Ordering,
    best: &mut Option<Best>,
    item: Value,
) -> PyResult<()> {
    let key = match key_fn {
        Some(f) => Some(vm.call(f, vec![item.clone()], vec![])?),
        None => None,
    };
    let better = match best {
        None => true,
        Some(b) => {
            let bk = b.key.as_ref().unwrap_or(&b.item);
            beats(vm, want, key.as_ref().unwrap_or(&item), bk)?
        }
    };
    if better {
        *best = Some(Best { item, key });
    }
    Ok(())
}

/// Whether key `k` replaces the best so far, `bk`: `k < bk` for `min`, `k > bk` for `max`
/// (CPython's operators, so an error names the same operator and operand order).
fn beats(vm: &mut Vm, want: Ordering, k: &Value, bk: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (k, bk) {
        return Ok(x.cmp(y) == want);
    }
    if let Some(o) = crate::vm::native_order(k, bk) {
        return Ok(o == want);
    }
    let op = if want == Ordering::Less {
        CmpOp::Lt
    } else {
        CmpOp::Gt
    };
    let r = vm.compare(op, k, bk)?;
    vm.truthy(&r)
}

fn min(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", Ordering::Less)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", Ordering::Greater)
}

fn sum(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let start_kw = take_kw(&mut kwargs, "start");
    check_args("sum", args, &kwargs, 1, 2)?;
    let mut acc = args.get(1).cloned().or(start_kw).unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(&args[0])?;
    if let Value::Generator(gen) = &it {
        // Ints and floats add inside the generator's frame (see `vm::fold`).
        return sum_generator(vm, gen, acc, |vm, acc, x| vm.binary(BinOp::Add, &acc, &x));
    }
    while let Some(x) = vm.next(&it)? {
        // Ints that do not overflow and floats add inline (CPython's sum has the same fast
        // paths, with the same results); anything else is `acc + x`.
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary(BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
    let reverse = take_kw(&mut kwargs, "reverse");
    no_more_kwargs("sorted", &kwargs)?;
    check_args("sorted", args, &kwargs, 1, 1)?;
    let mut items = vm.collect(&args[0])?;
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    super::sort::sort_values(vm, &mut items, key, reverse)?;
    Ok(Value::list(items))
}

fn enumerate(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let start_kw = take_kw(&mut kwargs, "start");
    check_args("enumerate", args, &kwargs, 1, 2)?;
    let start = match args.get(1).or(start_kw.as_ref()) {
        Some(v) => int_arg(v, "")?,
        None => 0,
    };
    let inner = vm.get_iter(&args[0])?;
    Ok(iter_value(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let strict = take_kw(&mut kwargs, "strict");
    no_more_kwargs("zip", &kwargs)?;
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(if strict {
        IterState::ZipStrict { iters }
    } else {
        IterState::Zip { iters }
    }))
}

fn map(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("map", args, &kwargs, 2, usize::MAX)?;
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(IterState::Map {
        func: args[0].clone(),
        iters,
    }))
}

fn filter(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("filter", args, &kwargs, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    Ok(iter_value(IterState::Filter {
        func: args[0].clone(),
        inner,
    }))
}

fn reversed(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("reversed", args, &kwargs, 1, 1)?;
    let v = &args[0];
    let mut items = match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            vm.collect(v)?
        }
        Value::Dict(d) => d.borrow().keys().map(|k| k.value.clone()).collect(),
        Value::View(view) => crate::vm::view_items(view),
        Value::BigRange(r) => return vm.get_iter(&Value::BigRange(Rc::new(r.reversed()))),
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(v, "__reversed__", vec![])? {
                return Ok(r);
            }
            if !matches!(crate::vm::base_of(v), Value::Instance(_)) {
                return reversed(vm, &[crate::vm::base_of(v).clone()], kwargs);
            }
            vm.collect(v)?
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                crate::vm::type_name(other)
            )))
        }
    };
    items.reverse();
    Ok(iter_value(IterState::Items { items, index: 0 }))
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(PyErr::type_error("iter() takes no keyword arguments"));
    }
    match args {
        [v] => vm.get_iter(v),
        [func, sentinel] => {
            if !matches!(
                callable(vm, std::slice::from_ref(func), vec![])?,
                Value::Bool(true)
            ) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(iter_value(IterState::Callable {
                func: func.clone(),
                sentinel: sentinel.clone(),
            }))
        }
        _ => Err(PyErr::type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn next(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("next", args, &kwargs, 1, 2)?;
    if let Value::Generator(g) = &args[0] {
        return match vm.gen_send(g, Value::None)? {
            crate::vm::GenStep::Yielded(v) => Ok(v),
            crate::vm::GenStep::Returned(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(stop_iteration(r)),
            },
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        },
    }
}

pub fn stop_iteration(value: Value) -> PyErr {
    if matches!(value, Value::None) {
        PyErr::with_args(ExcKind::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcKind::StopIteration, vec![value])
    }
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("hash", args, &kwargs, 1, 1)?;
    let key = vm.map_key(&Default::default(), args[0].clone())?;
    Ok(Value::Int(key.hash() as i64))
}

fn id(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("id", args, &kwargs, 1, 1)?;
    let v = &args[0];
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x1000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x800 + *b as i64 * 32,
            Value::None => 0x700,
            _ => 0x600,
        },
    }))
}

fn chr(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("chr", args, &kwargs, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .map(|c| Value::str(c.to_string()))
        .ok_or_else(|| PyErr::value_error("chr() arg not in range(0x110000)"))
}

fn ord(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("ord", args, &kwargs, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            crate::vm::type_name(other)
        ))),
    }
}

fn radix(args: &[Value], kwargs: &Kwargs, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    check_args(name, args, kwargs, 1, 1)?;
    let n = crate::vm::to_big(&args[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::type_name(&args[0])
        ))
    })?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(base)
    )))
}

fn hex(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    radix(args, &kwargs, "hex", 16, "0x")
}

fn oct(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    radix(args, &kwargs, "oct", 8, "0o")
}

fn bin(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    radix(args, &kwargs, "bin", 2, "0b")
}

/// Round half to even, as Python's `round`.
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

fn round(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let nd_kw = take_kw(&mut kwargs, "ndigits");
    check_args("round", args, &kwargs, 1, 2)?;
    let ndigits = args
        .get(1)
        .cloned()
        .or(nd_kw)
        .filter(|v| !matches!(v, Value::None));
    match (&args[0], ndigits) {
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(PyErr::new(
                    if f.is_nan() {
                        ExcKind::ValueError
                    } else {
                        ExcKind::OverflowError
                    },
                    if f.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    },
                ));
            }
            let r = round_half_even(*f);
            Ok(if r.abs() < 9.0e18 {
                Value::Int(r as i64)
            } else {
                Value::bigint(num_traits::FromPrimitive::from_f64(r).unwrap_or_default())
            })
        }
        (Value::Float(f), Some(nd)) => {
            let nd = int_arg(&nd, "")?;
            // Correct rounding goes through the shortest decimal string, as CPython does.
            if nd > 300 || !f.is_finite() {
                return Ok(Value::Float(*f));
            }
            if nd >= 0 {
                let s = format!("{:.*}", nd as usize, f);
                let exact = format!("{:.*}", (nd + 25) as usize, f);
                let _ = exact;
                Ok(Value::Float(s.parse().unwrap_or(*f)))
            } else {
                let p = 10f64.powi((-nd) as i32);
                Ok(Value::Float(round_half_even(f / p) * p))
            }
        }
        (v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)), None) => Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        (v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)), Some(nd)) => {
            let nd = int_arg(&nd, "")?;
            if nd >= 0 {
                return Ok(v.clone());
            }
            let n = crate::vm::to_big(v).unwrap_or_default();
            let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&n, &p);
            let twice: BigInt = &r * 2;
            let q = match twice.cmp(&p) {
                Ordering::Greater => q + 1,
                Ordering::Equal if (&q % 2u32) != BigInt::zero() => q + 1,
                _ => q,
            };
            Ok(Value::bigint(q * p))
        }
        (v @ Value::Instance(_), nd) => {
            let args: Vec<Value> = nd.into_iter().collect();
            match vm.call_dunder(v, "__round__", args.clone())? {
                Some(r) => Ok(r),
                None if !matches!(crate::vm::base_of(v), Value::Instance(_)) => {
                    let mut full = vec![crate::vm::base_of(v).clone()];
                    full.extend(args);
                    round(vm, &full, Vec::new())
                }
                None => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    crate::vm::type_name(v)
                ))),
            }
        }
        (v, _) => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            crate::vm::type_name(v)
        ))),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("divmod", args, &kwargs, 2, 2)?;
    let q = vm.binary(BinOp::FloorDiv, &args[0], &args[1])?;
    let r = vm.binary(BinOp::Mod, &args[0], &args[1])?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("pow", args, &kwargs, 2, 3)?;
    if let Some(m) = args.get(2).filter(|m| !matches!(m, Value::None)) {
        let (Some(b), Some(e), Some(m)) = (
            crate::vm::to_big(&args[0]),
            crate::vm::to_big(&args[1]),
            crate::vm::to_big(m),
        ) else {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        // A negative exponent raises the modular inverse of the base (CPython 3.8+).
        let (b, e) = if e.is_negative() {
            (mod_inverse(&b, &m)?, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
            r + &m
        } else {
            r
        };
        return Ok(Value::bigint(r));
    }
    vm.binary(BinOp::Pow, &args[0], &args[1])
}

/// The inverse of `b` modulo `m` (in `0..|m|`), by the extended Euclidean algorithm.
fn mod_inverse(b: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = b.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return Err(PyErr::value_error(
            "base is not invertible for the given modulus",
        ));
    }
    Ok(g.x.mod_floor(&m))
}

fn all(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("all", args, &kwargs, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("any", args, &kwargs, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("callable", args, &kwargs, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_)
        | Value::Native(_)
        | Value::BoundMethod(_)
        | Value::Class(_)
        | Value::StaticMethod(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some() || vm.recursion_limit == 0,
        _ => false,
    }))
}

fn attr_name(v: &Value) -> PyResult<Rc<Str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            crate::vm::type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("getattr", args, &kwargs, 2, 3)?;
    let name = attr_name(&args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, ExcKind::AttributeError) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("setattr", args, &kwargs, 3, 3)?;
    let name = attr_name(&args[1])?;
    let value = args[2].clone();
    vm.set_attr(&args[0], &name, value)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("hasattr", args, &kwargs, 2, 2)?;
    let name = attr_name(&args[1])?;
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("delattr", args, &kwargs, 2, 2)?;
    let name = attr_name(&args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("format", args, &kwargs, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                crate::vm::type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(vm.format(&args[0], &spec)?))
}

/// `globals()`: the running module's namespace, live (weft runs one module for now).
fn globals(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("globals", args, &kwargs, 0, 0)?;
    Ok(vm.main_globals().map_or(Value::None, Value::Dict))
}
