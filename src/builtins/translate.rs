//! Character translation and a few small text methods: `str.maketrans`/`str.translate`,
//! `bytes.maketrans`/`bytes.translate` (also on bytearray), `isascii`, `str.format_map`.
//! A str table maps code points to a code point, a string or None (delete), and characters
//! it has no entry for stay; a bytes table is 256 bytes.

use std::rc::Rc;

use super::bytes::bytes_like;
use super::{check_args, def_method, Kwargs};
use crate::vm::{Builtin, Dict, ExcKind, PyErr, PyResult, Str, Value, Vm};

pub fn install(vm: &mut Vm) {
    def_method(vm, Builtin::Str, "translate", str_translate);
    def_method(vm, Builtin::Str, "isascii", str_isascii);
    def_method(vm, Builtin::Str, "format_map", format_map);
    let maketrans = Value::StaticMethod(Rc::new(super::native("maketrans", str_maketrans)));
    crate::vm::set_class_attr(vm.class(Builtin::Str), "maketrans", maketrans);
    for b in [Builtin::Bytes, Builtin::ByteArray] {
        def_method(vm, b, "translate", bytes_translate);
        def_method(vm, b, "isascii", bytes_isascii);
        let maketrans = Value::StaticMethod(Rc::new(super::native("maketrans", bytes_maketrans)));
        crate::vm::set_class_attr(vm.class(b), "maketrans", maketrans);
    }
}

fn this_str(args: &[Value], name: &str) -> PyResult<Rc<Str>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to this object"
        ))),
    }
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("maketrans", args, &kwargs, 1, 3)?;
    let mut table = Dict::default();
    let mut put = |vm: &mut Vm, k: Value, v: Value| -> PyResult<()> {
        let key = vm.map_key(&table, k)?;
        table.insert(key, v);
        Ok(())
    };
    if args.len() == 1 {
        let Value::Dict(d) = &args[0] else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let pairs: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (k, v) in pairs {
            let k = match k {
                Value::Str(s) if s.char_len() == 1 => {
                    Value::Int(s.s.chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                Value::Int(_) => k,
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            put(vm, k, v)?;
        }
        return Ok(Value::dict(table));
    }
    let (Value::Str(from), Value::Str(to)) = (&args[0], &args[1]) else {
        return Err(PyErr::type_error("maketrans() arguments must be str"));
    };
    if from.char_len() != to.char_len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in from.s.chars().zip(to.s.chars()) {
        put(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(delete) = args.get(2) {
        let Value::Str(delete) = delete else {
            return Err(PyErr::type_error("maketrans() argument 3 must be str"));
        };
        for c in delete.s.chars() {
            put(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::dict(table))
}

fn str_translate(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this_str(args, "translate")?;
    check_args("translate", &args[1..], &kwargs, 1, 1)?;
    let table = &args[1];
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Ok(Value::Str(m)) => out.push_str(&m.s),
            Ok(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(e) if vm.err_matches(&e, ExcKind::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::str(out))
}

fn str_isascii(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this_str(args, "isascii")?;
    check_args("isascii", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(s.s.is_ascii()))
}

/// `s.format_map(mapping)`: `str.format` with the mapping's string keys as names.
fn format_map(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this_str(args, "format_map")?;
    check_args("format_map", &args[1..], &kwargs, 1, 1)?;
    let Value::Dict(d) = &args[1] else {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "weft does not support format_map() with a mapping other than a dict yet",
        ));
    };
    let names: Kwargs = d
        .borrow()
        .iter()
        .filter_map(|(k, v)| match &k.value {
            Value::Str(name) => Some((name.clone(), v.clone())),
            _ => None,
        })
        .collect();
    let mut auto = 0;
    let out = super::methods_str::format_template(vm, &s.s, &[], &names, &mut auto, 2)?;
    Ok(Value::str(out))
}

fn bytes_maketrans(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("maketrans", args, &kwargs, 2, 2)?;
    let (from, to) = (bytes_like(&args[0])?, bytes_like(&args[1])?);
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in from.iter().zip(to.iter()) {
        table[a as usize] = b;
    }
    Ok(Value::Bytes(Rc::new(table)))
}

fn bytes_translate(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let data = args
        .first()
        .and_then(Value::byte_data)
        .ok_or_else(|| PyErr::type_error("translate() needs a bytes object"))?
        .into_owned();
    let delete = args
        .get(2)
        .cloned()
        .or_else(|| super::take_kw(&mut kwargs, "delete"));
    check_args("translate", &args[1..], &kwargs, 1, 2)?;
    let table = match &args[1] {
        Value::None => None,
        t => {
            let t = bytes_like(t)?.into_owned();
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(d) => bytes_like(&d)?.into_owned(),
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(match &args[0] {
        Value::ByteArray(_) => super::bytes::new_bytearray(out),
        _ => Value::Bytes(Rc::new(out)),
    })
}

fn bytes_isascii(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let data = args
        .first()
        .and_then(Value::byte_data)
        .ok_or_else(|| PyErr::type_error("isascii() needs a bytes object"))?;
    check_args("isascii", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::Bool(data.is_ascii()))
}
