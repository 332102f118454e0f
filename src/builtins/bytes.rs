//! `bytes` and `bytearray` as types: their constructors (`bytes(3)`, `bytes([1, 2])`,
//! `bytes("é", "utf-8")`, `bytearray(b"x")`), membership (`104 in b`, `b"lo" in b`),
//! item and slice assignment on a `bytearray`, and the methods only a `bytearray` has
//! (`append`, `extend`, `pop`...). The methods both share are in `bytes_methods.rs`.
//! Invariant: every byte stored is checked to be in `range(0, 256)` first.

use std::cell::RefCell;
use std::rc::Rc;

use super::{check_args, def_method, int_arg, take_kw, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    for (b, f) in [
        (Builtin::Bytes, bytes_new as crate::vm::NativeFn),
        (Builtin::ByteArray, bytearray_new),
    ] {
        def_method(vm, b, "__new__", f);
        let class = vm.class(b).clone();
        super::def_value(vm, &class.name, Value::Class(class.clone()));
    }
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for &(name, f) in methods {
        def_method(vm, Builtin::ByteArray, name, f);
    }
}

pub fn new_bytearray(v: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(v)))
}

/// An int that must fit in a byte.
pub fn byte_of(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match v {
            Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
            Value::Bool(b) => Ok(*b as u8),
            _ => Err(PyErr::value_error("byte must be in range(0, 256)")),
        },
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::type_name(other)
        ))),
    }
}

/// A bytes-like argument (`bytes` or `bytearray`).
pub fn bytes_like(v: &Value) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    v.byte_data().ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::vm::type_name(v)
        ))
    })
}

/// `item in data`: an int is looked for as a byte, bytes as a run of bytes.
pub fn contains(hay: &[u8], item: &Value) -> PyResult<bool> {
    match item {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(hay.contains(&byte_of(item)?)),
        _ => Ok(find(hay, &bytes_like(item)?).is_some()),
    }
}

/// The first position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The bytes a constructor argument stands for (`bytes(x)`, `bytearray(x)`).
fn from_source(vm: &mut Vm, name: &str, args: &[Value], kwargs: &mut Kwargs) -> PyResult<Vec<u8>> {
    let source = args.first().cloned().or_else(|| take_kw(kwargs, "source"));
    let (encoding, errors) = super::codecs::codec_args(name, args.get(1..).unwrap_or(&[]), kwargs)?;
    check_args(name, args, &Vec::new(), 0, 3)?;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(PyErr::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = &source {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        return super::codecs::encode(&s.s, Some(&enc), errors.as_deref());
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    match &source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = int_arg(&source, "")?;
            if n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            Ok(vec![0; n as usize])
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            Ok(source.byte_data().unwrap_or_default().into_owned())
        }
        Value::Instance(_) if name == "bytes" => {
            if let Some(r) = vm.call_dunder(&source, "__bytes__", vec![])? {
                return match r {
                    Value::Bytes(b) => Ok((*b).clone()),
                    other => Err(PyErr::type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        crate::vm::type_name(&other)
                    ))),
                };
            }
            bytes_of_iterable(vm, &source)
        }
        _ => bytes_of_iterable(vm, &source).map_err(|e| match e {
            // bytes() words the range error in the plural, bytearray() does not.
            PyErr::New {
                kind: ExcKind::ValueError,
                ..
            } if name == "bytes" => PyErr::value_error("bytes must be in range(0, 256)"),
            e => e,
        }),
    }
}

fn bytes_of_iterable(vm: &mut Vm, source: &Value) -> PyResult<Vec<u8>> {
    let it = vm.get_iter(source).map_err(|e| {
        if vm.err_matches(&e, ExcKind::TypeError) {
            PyErr::type_error(format!(
                "cannot convert '{}' object to bytes",
                crate::vm::type_name(source)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_of(&x)?);
    }
    Ok(out)
}

fn split_class(args: &[Value]) -> PyResult<&[Value]> {
    if args.is_empty() || !matches!(args[0], Value::Class(_)) {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    }
    Ok(&args[1..])
}

fn bytes_new(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let args = split_class(args)?;
    if let [b @ Value::Bytes(_)] = args {
        return Ok(b.clone());
    }
    Ok(Value::Bytes(Rc::new(from_source(
        vm,
        "bytes",
        args,
        &mut kwargs,
    )?)))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let args = split_class(args)?;
    Ok(new_bytearray(from_source(
        vm,
        "bytearray",
        args,
        &mut kwargs,
    )?))
}

/// The receiver of a bytearray method.
fn this(args: &[Value], name: &str) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to this object"
        ))),
    }
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "append")?;
    check_args("append", &args[1..], &kwargs, 1, 1)?;
    let x = byte_of(&args[1])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "extend")?;
    check_args("extend", &args[1..], &kwargs, 1, 1)?;
    let more = match args[1].byte_data() {
        Some(d) => d.into_owned(),
        None => bytes_of_iterable(vm, &args[1])?,
    };
    b.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "pop")?;
    check_args("pop", &args[1..], &kwargs, 0, 1)?;
    let mut data = b.borrow_mut();
    if data.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let len = data.len() as i64;
    let i = match args.get(1) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(Value::Int(data.remove(i as usize) as i64))
}

fn insert(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "insert")?;
    check_args("insert", &args[1..], &kwargs, 2, 2)?;
    let x = byte_of(&args[2])?;
    let mut data = b.borrow_mut();
    let len = data.len() as i64;
    let i = int_arg(&args[1], "")?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(i as usize, x);
    Ok(Value::None)
}

fn remove(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "remove")?;
    check_args("remove", &args[1..], &kwargs, 1, 1)?;
    let x = byte_of(&args[1])?;
    let mut data = b.borrow_mut();
    match data.iter().position(|&y| y == x) {
        Some(i) => {
            data.remove(i);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn reverse(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "reverse")?;
    check_args("reverse", &args[1..], &kwargs, 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "clear")?;
    check_args("clear", &args[1..], &kwargs, 0, 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let b = this(args, "copy")?;
    check_args("copy", &args[1..], &kwargs, 0, 0)?;
    let v = b.borrow().clone();
    Ok(new_bytearray(v))
}

impl Vm {
    /// `ba[key] = value` on a bytearray: an index takes an int in `range(0, 256)`, a slice
    /// takes bytes or an iterable of such ints.
    pub(crate) fn bytearray_setitem(
        &mut self,
        b: &Rc<RefCell<Vec<u8>>>,
        key: &Value,
        value: Value,
    ) -> PyResult<()> {
        if let Value::Slice(s) = key {
            let new = match value.byte_data() {
                Some(d) => d.into_owned(),
                None => {
                    let items = self.assigned_items(s, &value)?;
                    items.iter().map(byte_of).collect::<PyResult<Vec<u8>>>()?
                }
            };
            let mut data = b.borrow_mut();
            let ix = crate::vm::resolve_slice(s, data.len())?;
            if ix.step == 1 {
                let (start, stop) = (ix.start as usize, ix.stop.max(ix.start) as usize);
                data.splice(start..stop, new);
                return Ok(());
            }
            if new.len() != ix.len {
                return Err(PyErr::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    ix.len
                )));
            }
            for (i, x) in ix.indices().zip(new) {
                data[i] = x;
            }
            return Ok(());
        }
        let x = byte_of(&value)?;
        let mut data = b.borrow_mut();
        match crate::vm::seq_index(key, data.len(), "bytearray")? {
            Some(i) => {
                data[i] = x;
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }

    /// `del ba[key]`.
    pub(crate) fn bytearray_delitem(b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
        let mut data = b.borrow_mut();
        if let Value::Slice(s) = key {
            let ix = crate::vm::resolve_slice(s, data.len())?;
            let mut doomed: Vec<usize> = ix.indices().collect();
            doomed.sort_unstable();
            for i in doomed.into_iter().rev() {
                data.remove(i);
            }
            return Ok(());
        }
        match crate::vm::seq_index(key, data.len(), "bytearray")? {
            Some(i) => {
                data.remove(i);
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::IndexError,
                "bytearray index out of range",
            )),
        }
    }
}
