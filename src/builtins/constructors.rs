//! Calling a built-in type: `int("42")`, `list(it)`, `range(3)`, `type(x)`, exceptions,
//! `property`... Each is the type's `__new__`, taking the class as its first argument.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;

use super::{check_args, def_method, int_arg, take_kw, Kwargs};
use crate::vm::{Builtin, Dict, ExcData, ExcKind, Instance, Key, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let types: &[(Builtin, crate::vm::NativeFn)] = &[
        (Builtin::Object, object_new),
        (Builtin::Int, int_new),
        (Builtin::Bool, bool_new),
        (Builtin::Float, float_new),
        (Builtin::Str, str_new),
        (Builtin::List, list_new),
        (Builtin::Tuple, tuple_new),
        (Builtin::Dict, dict_new),
        (Builtin::Set, set_new),
        (Builtin::FrozenSet, frozenset_new),
        (Builtin::Range, range_new),
        (Builtin::Type, type_new),
        (Builtin::Property, property_new),
        (Builtin::ClassMethod, classmethod_new),
        (Builtin::StaticMethod, staticmethod_new),
        (Builtin::Super, super_new),
        (Builtin::Slice, slice_new),
    ];
    for &(b, f) in types {
        def_method(vm, b, "__new__", f);
        let class = vm.class(b).clone();
        super::def_value(vm, &class.name, Value::Class(class.clone()));
    }
    def_method(vm, Builtin::Object, "__init__", object_init);
    let base = vm.exc_class(ExcKind::BaseException).clone();
    for (name, f) in [
        ("__new__", exc_new as crate::vm::NativeFn),
        ("__init__", exc_init),
    ] {
        base.dict.borrow_mut().insert(
            Key::str(&Rc::new(crate::vm::Str::new(name))),
            super::native(name, f),
        );
    }
    for &kind in ExcKind::ALL {
        if kind.module() != "builtins" {
            continue;
        }
        let class = Value::Class(vm.exc_class(kind).clone());
        super::def_value(vm, kind.name(), class);
    }
}

/// The first argument of a `__new__`: the class being instantiated.
fn split_class(args: &[Value]) -> PyResult<(Rc<crate::vm::Class>, &[Value])> {
    let Some((first, args)) = args.split_first() else {
        return Err(PyErr::type_error("__new__(): not enough arguments"));
    };
    match first {
        Value::Class(c) => Ok((c.clone(), args)),
        _ => Err(PyErr::type_error("__new__(X): X is not a type object")),
    }
}

fn object_new(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let (class, _) = split_class(args)?;
    let exc = class.exc_kind.map(|_| RefCell::new(ExcData::default()));
    Ok(Value::Instance(Rc::new(Instance::new(class, exc, None))))
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn exc_new(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let (mut class, args) = split_class(args)?;
    // `OSError(errno, strerror)` makes the subclass the errno stands for.
    if class.exc_kind == Some(ExcKind::OSError) && (2..=5).contains(&args.len()) {
        if let Some(kind) = args.first().and_then(|e| match e {
            Value::Int(n) => super::exceptions::os_error_kind(*n),
            _ => None,
        }) {
            class = vm.exc_class(kind).clone();
        }
    }
    let exc = Some(RefCell::new(ExcData {
        args: args.to_vec(),
        ..ExcData::default()
    }));
    let inst = Instance::new(class, exc, None);
    super::exceptions::init(&inst);
    Ok(Value::Instance(Rc::new(inst)))
}

fn exc_init(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let Some((this, args)) = args.split_first() else {
        return Err(PyErr::type_error(
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    if let Value::Instance(i) = this {
        if let Some(e) = &i.exc {
            e.borrow_mut().args = args.to_vec();
            super::exceptions::init(i);
        }
    }
    Ok(Value::None)
}

/// The text `int()` and `float()` read: decimal digits of any script become ASCII digits and
/// Unicode whitespace becomes a space (CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`).
pub fn ascii_number_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if super::unicode::is_space(c) {
                ' '
            } else {
                match super::unicode::decimal_value(c) {
                    Some(d) => char::from(b'0' + d as u8),
                    None => c,
                }
            }
        })
        .collect()
}

/// Parses an int literal the way `int(s, base)` does (sign, underscores, prefixes, spaces).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let text = ascii_number_text(s);
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let prefixed = |p: &str| lower.strip_prefix(p).map(str::to_string);
    let (base, digits, had_prefix) = match base {
        0 => {
            if let Some(r) = prefixed("0x") {
                (16, r, true)
            } else if let Some(r) = prefixed("0o") {
                (8, r, true)
            } else if let Some(r) = prefixed("0b") {
                (2, r, true)
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return None;
                }
                (10, lower.clone(), false)
            }
        }
        16 | 8 | 2 => {
            let p = match base {
                16 => "0x",
                8 => "0o",
                _ => "0b",
            };
            match prefixed(p) {
                Some(r) => (base, r, true),
                None => (base, lower.clone(), false),
            }
        }
        b => (b, lower.clone(), false),
    };
    // One underscore may follow a base prefix ("0x_ff"); otherwise only between digits.
    let digits = if had_prefix {
        digits.strip_prefix('_').unwrap_or(&digits)
    } else {
        &digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.is_ascii()
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let n = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -n } else { n })
}

fn int_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    let v = int_value(vm, args, kwargs)?;
    Ok(vm.wrap_builtin(&class, v))
}

fn int_value(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let base_kw = take_kw(&mut kwargs, "base");
    check_args("int", args, &kwargs, 0, 2)?;
    let base = args.get(1).cloned().or(base_kw);
    let Some(x) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = int_arg(&b, "")?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let Value::Str(s) = x else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return parse_int(&s.s, b as u32).map(Value::bigint).ok_or_else(|| {
            PyErr::value_error(format!(
                "invalid literal for int() with base {b}: {}",
                crate::vm::str_repr(&s.s)
            ))
        });
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            Ok(if t.abs() < 9.0e18 {
                Value::Int(t as i64)
            } else {
                Value::bigint(num_traits::FromPrimitive::from_f64(t).unwrap_or_default())
            })
        }
        Value::Str(s) => parse_int(&s.s, 10).map(Value::bigint).ok_or_else(|| {
            PyErr::value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::vm::str_repr(&s.s)
            ))
        }),
        Value::Instance(_) => match vm.call_dunder(x, "__int__", vec![])? {
            Some(r) => Ok(r),
            None => match vm.call_dunder(x, "__index__", vec![])? {
                Some(r) => Ok(r),
                None if !matches!(crate::vm::base_of(x), Value::Instance(_)) => {
                    int_value(vm, &[crate::vm::base_of(x).clone()], vec![])
                }
                None => Err(int_type_error(x)),
            },
        },
        _ => Err(int_type_error(x)),
    }
}

fn int_type_error(x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        crate::vm::type_name(x)
    ))
}

fn bool_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("bool", args, &kwargs, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// Parses a float the way `float(s)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = ascii_number_text(s);
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let neg = lower.starts_with('-');
        let v = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if neg { -v } else { v });
    }
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    if t.contains('_') {
        let ok = t.char_indices().all(|(i, c)| {
            c != '_' || {
                let b = t.as_bytes();
                i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_some_and(|x| x.is_ascii_digit())
            }
        });
        if !ok {
            return None;
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean
        .chars()
        .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
    {
        return None;
    }
    clean.parse().ok()
}

fn float_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    let v = float_value(vm, args, kwargs)?;
    Ok(vm.wrap_builtin(&class, v))
}

fn float_value(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("float", args, &kwargs, 0, 1)?;
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let f = crate::vm::to_f64(x).unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "int too large to convert to float",
                ));
            }
            Ok(Value::Float(f))
        }
        Value::Str(s) => parse_float(&s.s).map(Value::Float).ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::vm::str_repr(&s.s)
            ))
        }),
        Value::Instance(_) => match vm.call_dunder(x, "__float__", vec![])? {
            Some(r) => Ok(r),
            None if !matches!(crate::vm::base_of(x), Value::Instance(_)) => {
                float_value(vm, &[crate::vm::base_of(x).clone()], vec![])
            }
            None => Err(float_type_error(x)),
        },
        _ => Err(float_type_error(x)),
    }
}

fn float_type_error(x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        crate::vm::type_name(x)
    ))
}

fn str_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    let v = str_value(vm, args, kwargs)?;
    Ok(vm.wrap_builtin(&class, v))
}

fn str_value(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let encoding = take_kw(&mut kwargs, "encoding");
    check_args("str", args, &kwargs, 0, 3)?;
    match (args.first(), args.get(1).or(encoding.as_ref())) {
        (None, _) => Ok(Value::str("")),
        (Some(Value::Bytes(b)), Some(_)) => match String::from_utf8(b.to_vec()) {
            Ok(s) => Ok(Value::str(s)),
            Err(_) => Err(PyErr::new(
                ExcKind::UnicodeError,
                "'utf-8' codec can't decode bytes",
            )),
        },
        (Some(v), _) => Ok(Value::str(vm.str_of(v)?)),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    if class.builtin.is_none() {
        // A subclass: `list.__init__` fills the list.
        return Ok(vm.wrap_builtin(&class, Value::list(Vec::new())));
    }
    check_args("list", args, &kwargs, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::list(vm.collect(v)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

fn tuple_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    check_args("tuple", args, &kwargs, 0, 1)?;
    let v = match args.first() {
        Some(Value::Tuple(_)) => args[0].clone(),
        Some(v) => Value::tuple(vm.collect(v)?),
        None => Value::tuple(Vec::new()),
    };
    Ok(vm.wrap_builtin(&class, v))
}

/// Fills a dict from a mapping or an iterable of pairs, then keywords (`dict(...)`, `update`).
pub fn dict_fill(
    vm: &mut Vm,
    d: &mut Dict,
    source: Option<&Value>,
    kwargs: Kwargs,
) -> PyResult<()> {
    match source.map(crate::vm::base_of) {
        Some(Value::Dict(src)) => {
            for (k, v) in src.borrow().iter() {
                d.insert(k.clone(), v.clone());
            }
        }
        Some(src) => {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(pair) = vm.next(&it)? {
                let items = vm.collect(&pair).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if items.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        items.len()
                    )));
                }
                let mut items = items.into_iter();
                let (k, v) = (
                    items.next().unwrap_or_default(),
                    items.next().unwrap_or_default(),
                );
                let k = vm.map_key(d, k)?;
                d.insert(k, v);
                i += 1;
            }
        }
        None => {}
    }
    for (k, v) in kwargs {
        d.insert(Key::str(&k), v);
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    if class.builtin.is_none() {
        // A subclass: `dict.__init__` fills the dict.
        return Ok(vm.wrap_builtin(&class, Value::dict(Dict::default())));
    }
    check_args("dict", args, &Vec::new(), 0, 1)?;
    let mut d = Dict::default();
    dict_fill(vm, &mut d, args.first(), kwargs)?;
    Ok(Value::dict(d))
}

fn set_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    if class.builtin.is_none() {
        // A subclass: `set.__init__` fills the set.
        let empty = vm.new_set(Vec::new(), false)?;
        return Ok(vm.wrap_builtin(&class, empty));
    }
    check_args("set", args, &kwargs, 0, 1)?;
    let items = match args.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    vm.new_set(items, false)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (class, args) = split_class(args)?;
    check_args("frozenset", args, &kwargs, 0, 1)?;
    let items = match args.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    let v = vm.new_set(items, true)?;
    Ok(vm.wrap_builtin(&class, v))
}

pub(crate) fn range_new(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("range", args, &kwargs, 1, 3)?;
    if let Some(r) = super::range::make_small(args) {
        return Ok(r);
    }
    let mut n = Vec::with_capacity(3);
    for a in args {
        match a {
            Value::BigInt(b) => n.push((**b).clone()),
            other => n.push(BigInt::from(int_arg(other, "")?)),
        }
    }
    let (start, stop, step) = match n.len() {
        1 => (BigInt::from(0), n[0].clone(), BigInt::from(1)),
        2 => (n[0].clone(), n[1].clone(), BigInt::from(1)),
        _ => (n[0].clone(), n[1].clone(), n[2].clone()),
    };
    if step == BigInt::from(0) {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(super::range::make(start, stop, step))
}

fn type_new(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    match args.len() {
        1 => Ok(Value::Class(vm.type_of(&args[0]))),
        3 => {
            let name = super::str_arg(&args[0], "type.__new__", " 1")?.to_string();
            let bases = match &args[1] {
                Value::Tuple(t) => t
                    .iter()
                    .map(|b| match b {
                        Value::Class(c) => Ok(c.clone()),
                        _ => Err(PyErr::type_error("bases must be types")),
                    })
                    .collect::<PyResult<Vec<_>>>()?,
                _ => return Err(PyErr::type_error("type.__new__() argument 2 must be tuple")),
            };
            let ns = match &args[2] {
                Value::Dict(d) => d.borrow().clone(),
                _ => return Err(PyErr::type_error("type.__new__() argument 3 must be dict")),
            };
            let object = vm.class(Builtin::Object).clone();
            let class = crate::vm::make_class(&name, &name, "__main__", bases, ns, &object)?;
            vm.set_names(&class)?;
            Ok(Value::Class(class))
        }
        _ => {
            let _ = kwargs;
            Err(PyErr::type_error("type() takes 1 or 3 arguments"))
        }
    }
}

fn property_new(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    let mut get = |i: usize, name: &str| {
        args.get(i)
            .cloned()
            .or_else(|| take_kw(&mut kwargs, name))
            .unwrap_or(Value::None)
    };
    let fget = get(0, "fget");
    let fset = get(1, "fset");
    let fdel = get(2, "fdel");
    let doc = get(3, "doc");
    Ok(Value::Property(Rc::new(crate::vm::Property {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("classmethod", args, &kwargs, 1, 1)?;
    Ok(Value::ClassMethod(Rc::new(args[0].clone())))
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("staticmethod", args, &kwargs, 1, 1)?;
    Ok(Value::StaticMethod(Rc::new(args[0].clone())))
}

fn super_new(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("super", args, &kwargs, 2, 2)?;
    match &args[0] {
        Value::Class(c) => Ok(Value::Super(Rc::new((c.clone(), args[1].clone())))),
        _ => Err(PyErr::type_error("super() argument 1 must be a type")),
    }
}

fn slice_new(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (_, args) = split_class(args)?;
    check_args("slice", args, &kwargs, 1, 3)?;
    let parts = match args.len() {
        1 => [Value::None, args[0].clone(), Value::None],
        2 => [args[0].clone(), args[1].clone(), Value::None],
        _ => [args[0].clone(), args[1].clone(), args[2].clone()],
    };
    Ok(Value::Slice(Rc::new(parts)))
}
