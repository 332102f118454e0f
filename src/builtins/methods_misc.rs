//! Methods of the smaller built-in types: `int.bit_length`, `float.is_integer` and
//! `as_integer_ratio`, generators' `send`/`throw`/`close`, `property.setter`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::{check_args, def_method, Kwargs};
use crate::vm::{Builtin, ExcKind, GenStep, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    def_method(vm, Builtin::Int, "bit_length", bit_length);
    def_method(vm, Builtin::Float, "is_integer", is_integer);
    def_method(vm, Builtin::Float, "as_integer_ratio", as_integer_ratio);
    def_method(vm, Builtin::Generator, "send", send);
    def_method(vm, Builtin::Generator, "throw", throw);
    def_method(vm, Builtin::Generator, "close", close);
    def_method(vm, Builtin::Generator, "__next__", gen_next);
    def_method(vm, Builtin::Generator, "__iter__", identity);
    // The iterators with a class of their own (`type(enumerate(x))` is `enumerate`) share
    // the plain iterator's protocol methods.
    for it in [
        Builtin::Iterator,
        Builtin::Enumerate,
        Builtin::Zip,
        Builtin::Map,
        Builtin::Filter,
        Builtin::CallableIterator,
    ] {
        def_method(vm, it, "__next__", iter_next);
        def_method(vm, it, "__iter__", identity);
    }
    def_method(vm, Builtin::Property, "setter", property_setter);
    def_method(vm, Builtin::Property, "getter", property_getter);
    def_method(vm, Builtin::Property, "deleter", property_deleter);
    def_method(vm, Builtin::Slice, "indices", slice_indices);
    def_method(vm, Builtin::Range, "index", range_index);
    def_method(vm, Builtin::Range, "count", range_count);
}

/// Where `x` is in the range: ints by arithmetic, anything else by `==` on each item.
fn range_position(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
) -> PyResult<Option<Value>> {
    let r = match args.first() {
        Some(Value::Range(r)) => super::range::BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        },
        Some(Value::BigRange(r)) => super::range::BigRange {
            start: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "descriptor '{name}' for 'range' objects doesn't apply to this object"
            )))
        }
    };
    check_args(name, &args[1..], kwargs, 1, 1)?;
    let x = &args[1];
    if let Some(n) = crate::vm::to_big(x) {
        return Ok(r.position(&n).map(Value::bigint));
    }
    let it = vm.get_iter(&args[0])?;
    let mut k = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            return Ok(Some(Value::Int(k)));
        }
        k += 1;
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match range_position(vm, args, &kwargs, "index")? {
        Some(i) => Ok(i),
        None => {
            let shown = vm.repr(&args[1])?;
            Err(PyErr::value_error(format!("{shown} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) = args.get(1) {
        return Ok(Value::Int(
            range_position(vm, args, &kwargs, "count")?.is_some() as i64,
        ));
    }
    check_args("count", args.get(1..).unwrap_or(&[]), &kwargs, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `slice.indices(length)`: the start, stop and step a sequence of that length would use.
fn slice_indices(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Slice(s)) = args.first() else {
        return Err(PyErr::type_error(
            "descriptor 'indices' for 'slice' objects doesn't apply to this object",
        ));
    };
    check_args("indices", &args[1..], &kwargs, 1, 1)?;
    let len = super::int_arg(&args[1], "")?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let ix = crate::vm::resolve_slice(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(ix.start),
        Value::Int(ix.stop),
        Value::Int(ix.step),
    ]))
}

fn bit_length(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("bit_length", &args[1..], &kwargs, 0, 0)?;
    let n = crate::vm::to_big(&args[0]).unwrap_or_default();
    Ok(Value::Int(n.magnitude().bits() as i64))
}

fn this_float(args: &[Value]) -> PyResult<f64> {
    match args.first().map(crate::vm::base_of) {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(PyErr::type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("is_integer", &args[1..], &kwargs, 0, 0)?;
    let f = this_float(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn as_integer_ratio(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("as_integer_ratio", &args[1..], &kwargs, 0, 0)?;
    let f = this_float(args)?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    // f = mantissa * 2**exp exactly; reduce by the common power of two.
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    while mantissa != 0 && mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    if num.is_zero() {
        den = BigInt::from(1);
    }
    let _ = num.is_negative();
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

fn this_gen(args: &[Value]) -> PyResult<Rc<crate::vm::Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'generator' object",
        )),
    }
}

fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(r) => Err(super::functions::stop_iteration(r)),
    }
}

fn send(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let g = this_gen(args)?;
    check_args("send", &args[1..], &kwargs, 1, 1)?;
    let step = vm.gen_send(&g, args[1].clone())?;
    step_result(step)
}

fn gen_next(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let g = this_gen(args)?;
    check_args("__next__", &args[1..], &kwargs, 0, 0)?;
    let step = vm.gen_send(&g, Value::None)?;
    step_result(step)
}

fn throw(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let g = this_gen(args)?;
    check_args("throw", &args[1..], &kwargs, 1, 3)?;
    let exc = match (&args[1], args.get(2)) {
        (Value::Class(_), Some(v)) if !matches!(v, Value::None) => {
            vm.call(&args[1], vec![v.clone()], vec![])?
        }
        (v, _) => v.clone(),
    };
    let step = vm.gen_throw(&g, exc)?;
    step_result(step)
}

fn close(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let g = this_gen(args)?;
    check_args("close", &args[1..], &kwargs, 0, 0)?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn identity(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let it = args.first().unwrap_or(&Value::None);
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

/// Which accessor `property.getter/setter/deleter` replaces in the copy.
enum Accessor {
    Get,
    Set,
    Del,
}

fn property_with(args: &[Value], which: Accessor) -> PyResult<Value> {
    let (Some(Value::Property(p)), Some(f)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("property.setter needs a function"));
    };
    let mut new = crate::vm::Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    };
    match which {
        Accessor::Get => new.fget = f.clone(),
        Accessor::Set => new.fset = f.clone(),
        Accessor::Del => new.fdel = f.clone(),
    }
    Ok(Value::Property(Rc::new(new)))
}

fn property_setter(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    property_with(args, Accessor::Set)
}

fn property_deleter(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    property_with(args, Accessor::Del)
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    property_with(args, Accessor::Get)
}
