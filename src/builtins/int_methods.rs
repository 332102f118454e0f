//! `int.to_bytes`, `int.from_bytes`, `bit_count`, `as_integer_ratio` and the numbers'
//! `conjugate`: ints to and from their two's-complement bytes in either byte order, with
//! CPython's arguments (length and byteorder default to 1 and "big" since 3.11) and errors.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::{check_args, def_method, int_arg, no_more_kwargs, take_kw, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    def_method(vm, Builtin::Int, "to_bytes", to_bytes);
    def_method(vm, Builtin::Int, "bit_count", bit_count);
    def_method(vm, Builtin::Int, "as_integer_ratio", as_integer_ratio);
    def_method(vm, Builtin::Int, "conjugate", conjugate);
    def_method(vm, Builtin::Float, "conjugate", conjugate);
    let from_bytes = Value::ClassMethod(Rc::new(super::native("from_bytes", from_bytes)));
    crate::vm::set_class_attr(vm.class(Builtin::Int), "from_bytes", from_bytes);
}

fn this_int(args: &[Value], name: &str) -> PyResult<BigInt> {
    args.first().and_then(crate::vm::to_big).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to this object"
        ))
    })
}

/// `byteorder` is "big" (true) or "little" (false).
fn big_endian(v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if s.s == "big" => Ok(true),
        Some(Value::Str(s)) if s.s == "little" => Ok(false),
        Some(Value::Str(_)) => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
        Some(other) => Err(PyErr::type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            crate::vm::type_name(&other)
        ))),
    }
}

fn signed_kw(vm: &mut Vm, kwargs: &mut Kwargs, fname: &str) -> PyResult<bool> {
    let signed = match take_kw(kwargs, "signed") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    no_more_kwargs(fname, kwargs)?;
    Ok(signed)
}

fn to_bytes(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let n = this_int(args, "to_bytes")?;
    let length = args
        .get(1)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "length"));
    let order = args
        .get(2)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "byteorder"));
    let signed = signed_kw(vm, &mut kwargs, "to_bytes")?;
    check_args("to_bytes", &args[1..], &Vec::new(), 0, 2)?;
    let length = match length {
        Some(v) => int_arg(&v, "")?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big = big_endian(order)?;
    if n.is_negative() && !signed {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        // An unsigned value needs no sign byte.
        bytes.pop();
    }
    if n.sign() == Sign::NoSign {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn from_bytes(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let data = args
        .get(1)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "bytes"));
    let order = args
        .get(2)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "byteorder"));
    let signed = signed_kw(vm, &mut kwargs, "from_bytes")?;
    check_args(
        "from_bytes",
        args.get(1..).unwrap_or(&[]),
        &Vec::new(),
        0,
        2,
    )?;
    let Some(data) = data else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes = match data.byte_data() {
        Some(b) => b.into_owned(),
        None => {
            let items = if matches!(data, Value::Str(_)) {
                return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
            } else {
                vm.collect(&data)?
            };
            // As bytes(): the range error in the plural.
            items
                .iter()
                .map(|x| {
                    super::bytes::byte_of(x).map_err(|e| match e {
                        PyErr::New {
                            kind: ExcKind::ValueError,
                            ..
                        } => PyErr::value_error("bytes must be in range(0, 256)"),
                        e => e,
                    })
                })
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    if big_endian(order)? {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    Ok(Value::bigint(n))
}

fn bit_count(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let n = this_int(args, "bit_count")?;
    check_args("bit_count", &args[1..], &kwargs, 0, 0)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn as_integer_ratio(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let n = this_int(args, "as_integer_ratio")?;
    check_args("as_integer_ratio", &args[1..], &kwargs, 0, 0)?;
    Ok(Value::tuple(vec![Value::bigint(n), Value::Int(1)]))
}

/// The complex conjugate of a real number: itself (a bool becomes an int).
fn conjugate(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("conjugate", args.get(1..).unwrap_or(&[]), &kwargs, 0, 0)?;
    Ok(match args.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => return Err(PyErr::type_error("conjugate() needs a number")),
    })
}
