//! Operators: arithmetic and bitwise (ints promote from i64 to big integers on overflow and
//! back when they fit), truth, and the dunder fallback for instances (`__add__`, then the
//! right operand's `__radd__`). Messages are CPython 3.11's.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::error::{ExcKind, PyErr, PyResult};
use super::object::builtin_type_name;
use super::subclass::{base_of, has_base};
use super::value::Value;
use super::Vm;
use crate::bytecode::{BinOp, UnaryOp};

/// The largest integer `<<` makes (2**36 bits, 8 GiB): beyond it, MemoryError.
const MAX_SHIFTED_BITS: u64 = 1 << 36;

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(i) => i.base.as_ref().and_then(to_big),
        _ => None,
    }
}

pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        Value::Instance(i) => i.base.as_ref().and_then(to_f64),
        _ => None,
    }
}

/// A number as a float for arithmetic: an int too big for a float is CPython's OverflowError
/// (never a silent `inf`).
pub fn to_f64_checked(v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Some(f)),
            _ => Err(PyErr::new(
                ExcKind::OverflowError,
                "int too large to convert to float",
            )),
        },
        other => Ok(to_f64(other)),
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn zero_div(msg: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}

/// `x // 0` and `x % 0` on ints have different messages in CPython.
fn int_zero_div(op: BinOp) -> PyErr {
    zero_div(if op == BinOp::Mod {
        "integer modulo by zero"
    } else {
        "integer division or modulo by zero"
    })
}

/// Python's floor division and modulo on i64 (None on overflow: `MIN // -1`).
pub fn floor_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Python's float `divmod`: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn int_op(op: BinOp, a: i64, b: i64) -> PyResult<Value> {
    let fast = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv | BinOp::Mod => {
            if b == 0 {
                return Err(int_zero_div(op));
            }
            floor_divmod(a, b).map(|(q, r)| if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(zero_div("division by zero"));
            }
            return true_div_int(&BigInt::from(a), &BigInt::from(b)).map(Value::Float);
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::LShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            if b < 63 && (a == 0 || (a.abs().leading_zeros() as i64) > b + 1) {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(PyErr::value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return Err(zero_div("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float((a as f64).powf(b as f64)));
            }
            u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
        }
        BinOp::MatMul => None,
    };
    match fast {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(op, &BigInt::from(a), &BigInt::from(b)),
    }
}

/// True division of integers, correctly rounded for the common case; a quotient beyond the
/// float range is CPython's OverflowError.
fn true_div_int(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let f = match (a.to_i64(), b.to_i64()) {
        (Some(x), Some(y)) if x.abs() < (1 << 53) && y.abs() < (1 << 53) => x as f64 / y as f64,
        _ => {
            let (q, r) = a.div_rem(b);
            q.to_f64().unwrap_or(f64::INFINITY)
                + r.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(f64::INFINITY)
        }
    };
    if f.is_finite() {
        Ok(f)
    } else {
        Err(PyErr::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ))
    }
}

fn big_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(Value::bigint(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv | BinOp::Mod => {
            if b.is_zero() {
                return Err(int_zero_div(op));
            }
            if op == BinOp::FloorDiv {
                a.div_floor(b)
            } else {
                a.mod_floor(b)
            }
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_div("division by zero"));
            }
            return true_div_int(a, b).map(Value::Float);
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift | BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let Some(n) = b.to_usize() else {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "too many digits in integer",
                ));
            };
            if op == BinOp::LShift {
                // A result no allocation could hold: CPython's MemoryError, not an abort.
                if !a.is_zero() && a.bits().saturating_add(n as u64) > MAX_SHIFTED_BITS {
                    return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
                }
                a << n
            } else {
                a >> n
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let (x, y) = (
                    a.to_f64().unwrap_or(f64::NAN),
                    b.to_f64().unwrap_or(f64::NAN),
                );
                return Ok(Value::Float(x.powf(y)));
            }
            let Some(e) = b.to_u32() else {
                return Err(PyErr::new(ExcKind::OverflowError, "exponent too large"));
            };
            num_traits::pow::Pow::pow(a, e)
        }
        BinOp::MatMul => return Ok(Value::NotImplemented),
    }))
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(zero_div("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(zero_div("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(zero_div("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Err(zero_div("0.0 cannot be raised to a negative power"));
            }
            if a < 0.0 && b.fract() != 0.0 {
                return Err(PyErr::new(
                    ExcKind::NotImplementedError,
                    "weft does not support complex numbers yet",
                ));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => return Ok(Value::NotImplemented),
    }))
}

/// The operator on built-in values, or `NotImplemented`.
/// `a + b` on two strs, the left one given by value: when that was its last reference (a
/// temporary, or a local the caller let go of because the result is stored back into it, as
/// CPython 3.11's `BINARY_OP_INPLACE_ADD_UNICODE` does), `b` is appended in place, so a loop of
/// `s += t` is amortised O(n) instead of copying `s` each time. Nothing can observe the
/// difference: no other reference to `a` exists. An empty operand gives the other one
/// itself, as CPython's `PyUnicode_Concat` does (`("" + s) is s`).
pub fn str_add(mut a: Rc<super::value::Str>, b: &Rc<super::value::Str>) -> Value {
    if a.s.is_empty() {
        return Value::Str(b.clone());
    }
    if let Some(s) = Rc::get_mut(&mut a) {
        s.push_str(&b.s);
        return Value::Str(a);
    }
    if b.s.is_empty() {
        return Value::Str(a);
    }
    Value::str(super::text::Text::concat(&a.s, &b.s))
}

pub fn builtin_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => int_op(op, *x, *y),
        (Float(x), Float(y)) => float_op(op, *x, *y),
        // A subclass instance may override the operator: `binary` tries its dunders first
        // and falls back to its base value. On the right, only a float subclass's reflected
        // method goes before `float`'s own (an int subclass is just an int to `float`).
        (Instance(_), Float(_)) => Ok(NotImplemented),
        (Float(_), Instance(_)) if matches!(base_of(b), Float(_)) => Ok(NotImplemented),
        (Float(_), _) | (_, Float(_)) => match (to_f64_checked(a)?, to_f64_checked(b)?) {
            (Some(x), Some(y)) => float_op(op, x, y),
            _ => Ok(NotImplemented),
        },
        _ if is_int(a) && is_int(b) => match (a, b) {
            (Int(_) | Bool(_), Int(_) | Bool(_)) => {
                let x = to_big(a).and_then(|v| v.to_i64()).unwrap_or(0);
                let y = to_big(b).and_then(|v| v.to_i64()).unwrap_or(0);
                let r = int_op(op, x, y)?;
                // bool & bool stays bool.
                if let (Bool(p), Bool(q)) = (a, b) {
                    match op {
                        BinOp::And => return Ok(Bool(*p & *q)),
                        BinOp::Or => return Ok(Bool(*p | *q)),
                        BinOp::Xor => return Ok(Bool(*p ^ *q)),
                        _ => {}
                    }
                }
                Ok(r)
            }
            _ => match (to_big(a), to_big(b)) {
                (Some(x), Some(y)) => big_op(op, &x, &y),
                _ => Ok(NotImplemented),
            },
        },
        (Str(x), Str(y)) if op == BinOp::Add => Ok(str_add(x.clone(), y)),
        (Str(s), n) | (n, Str(s)) if op == BinOp::Mul && is_int(n) => {
            let times = repeat_count(n)?;
            Ok(Value::str(s.s.repeat(times)))
        }
        (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) if op == BinOp::Add => {
            let mut v = a.byte_data().unwrap_or_default().into_owned();
            v.extend_from_slice(&b.byte_data().unwrap_or_default());
            Ok(match a {
                ByteArray(_) => ByteArray(Rc::new(std::cell::RefCell::new(v))),
                _ => Bytes(Rc::new(v)),
            })
        }
        (Bytes(b), n) | (n, Bytes(b)) if op == BinOp::Mul && is_int(n) => {
            Ok(Value::Bytes(Rc::new(b.repeat(repeat_count(n)?))))
        }
        (ByteArray(b), n) | (n, ByteArray(b)) if op == BinOp::Mul && is_int(n) => {
            let v = b.borrow().repeat(repeat_count(n)?);
            Ok(ByteArray(Rc::new(std::cell::RefCell::new(v))))
        }
        (List(x), List(y)) if op == BinOp::Add => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Value::list(v))
        }
        (Tuple(x), Tuple(y)) if op == BinOp::Add => {
            let mut v = (**x).clone();
            v.extend(y.iter().cloned());
            Ok(Value::tuple(v))
        }
        (List(l), n) | (n, List(l)) if op == BinOp::Mul && is_int(n) => {
            let times = repeat_count(n)?;
            let items = l.borrow();
            let mut v = Vec::with_capacity(items.len() * times);
            for _ in 0..times {
                v.extend(items.iter().cloned());
            }
            Ok(Value::list(v))
        }
        (Tuple(t), n) | (n, Tuple(t)) if op == BinOp::Mul && is_int(n) => {
            let times = repeat_count(n)?;
            let mut v = Vec::with_capacity(t.len() * times);
            for _ in 0..times {
                v.extend(t.iter().cloned());
            }
            Ok(Value::tuple(v))
        }
        (Set(x), Set(y)) => super::iter::set_op(op, x, y),
        (Dict(x), Dict(y)) if op == BinOp::Or => {
            let mut d = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                d.insert(k.clone(), v.clone());
            }
            Ok(Value::dict(d))
        }
        _ => Ok(NotImplemented),
    }
}

fn repeat_count(n: &Value) -> PyResult<usize> {
    match n {
        Value::Int(i) => Ok((*i).max(0) as usize),
        Value::Bool(b) => Ok(*b as usize),
        _ => Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

fn unsupported(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    let (ta, tb) = (builtin_type_name(a), builtin_type_name(b));
    // `s += 1` says what `s + 1` says (CPython's sequence concat slot answers both).
    if op == BinOp::Add {
        if let Value::Str(_) = a {
            return PyErr::type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if let Value::List(_) | Value::Tuple(_) = a {
            return PyErr::type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        if let Value::Bytes(_) | Value::ByteArray(_) = a {
            return PyErr::type_error(format!("can't concat {tb} to {ta}"));
        }
    }
    if op == BinOp::Mul {
        let is_seq = |v: &Value| {
            matches!(
                v,
                Value::Str(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
                    | Value::List(_)
                    | Value::Tuple(_)
            )
        };
        let other = if is_seq(a) {
            Some(&tb)
        } else if is_seq(b) {
            Some(&ta)
        } else {
            None
        };
        if let Some(t) = other {
            return PyErr::type_error(format!("can't multiply sequence by non-int of type '{t}'"));
        }
    }
    let sym = op.symbol();
    let sym = if inplace {
        format!("{sym}=")
    } else {
        sym.to_string()
    };
    if op == BinOp::Pow && !inplace {
        return PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
        ));
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
    ))
}

impl Vm {
    /// `a op b`: built-in fast paths, then `__op__` / `__rop__`.
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (BinOp::Mod, Value::Str(s)) = (op, a) {
            return super::percent::percent_format(self, &s.s, b).map(Value::str);
        }
        let r = builtin_binary(op, a, b)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::views::view_binary(self, op, a, b)? {
            return Ok(r);
        }
        let (name, rname, _) = op.dunders();
        // A right operand whose type subclasses the left's and overrides the reflected
        // method gets it tried first (CPython's `binary_op1`).
        let b_first = matches!(b, Value::Instance(_))
            && self.is_proper_subtype(b, a)
            && self.overrides(b, a, rname);
        if b_first {
            if let Some(r) = self.call_dunder(b, rname, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Instance(_) = a {
            if let Some(r) = self.call_dunder(a, name, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let (Value::Instance(_), false) = (b, b_first) {
            if let Some(r) = self.call_dunder(b, rname, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if has_base(a) || has_base(b) {
            let (x, y) = (base_of(a), base_of(b));
            if let (BinOp::Mod, Value::Str(s)) = (op, x) {
                return super::percent::percent_format(self, &s.s, y).map(Value::str);
            }
            let r = builtin_binary(op, x, y)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Err(unsupported(op, a, b, false))
    }

    /// Does `b`'s type define `name` differently from `a`'s?
    fn overrides(&self, b: &Value, a: &Value, name: &str) -> bool {
        match self.type_of(b).lookup(name) {
            Some(fb) => !self.type_of(a).lookup(name).is_some_and(|fa| fa.is(&fb)),
            None => false,
        }
    }

    /// `a op= b`: lists extend in place; instances try `__iop__` first.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Add, Value::ByteArray(x)) => {
                if let Some(data) = b.byte_data() {
                    let data = data.into_owned();
                    x.borrow_mut().extend_from_slice(&data);
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(_)) => {
                if let Some(r) = self.call_dunder(a, op.dunders().2, vec![b.clone()])? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                // A list subclass's `+=` extends the list it is, like `list.__iadd__`.
                if let (BinOp::Add, Value::List(l)) = (op, base_of(a)) {
                    let items = self.collect(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
        self.binary(op, a, b).map_err(|e| match e {
            PyErr::New {
                kind: ExcKind::TypeError,
                ..
            } if matches!(builtin_binary(op, a, b), Ok(Value::NotImplemented)) => {
                unsupported(op, a, b, true)
            }
            e => e,
        })
    }

    pub fn unary(&mut self, op: UnaryOp, a: &Value) -> PyResult<Value> {
        Ok(match (op, a) {
            (UnaryOp::Not, v) => Value::Bool(!self.truthy(v)?),
            (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::bigint(-BigInt::from(*i)),
            },
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
            (UnaryOp::Neg, Value::BigInt(b)) => Value::bigint(-(**b).clone()),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => a.clone(),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
            (UnaryOp::Invert, Value::Int(i)) => Value::Int(!i),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!(*b as i64)),
            (UnaryOp::Invert, Value::BigInt(b)) => Value::bigint(-(**b).clone() - 1),
            (_, Value::Instance(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.call_dunder(a, name, vec![])? {
                    Some(r) => r,
                    None if has_base(a) => return self.unary(op, base_of(a)),
                    None => return Err(bad_unary(op, a)),
                }
            }
            _ => return Err(bad_unary(op, a)),
        })
    }

    /// Python truth: `__bool__`, then `__len__`, else true.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Undefined => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.items.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::BigRange(r) => !num_traits::Zero::is_zero(&r.len()),
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", vec![])? {
                    match r {
                        Value::Bool(b) => b,
                        other => {
                            return Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                builtin_type_name(&other)
                            )))
                        }
                    }
                } else if let Some(r) = self.call_dunder(v, "__len__", vec![])? {
                    // As `len()`: an int, not negative.
                    match base_of(&r) {
                        Value::Int(n) if *n < 0 => {
                            return Err(PyErr::value_error("__len__() should return >= 0"))
                        }
                        Value::Int(n) => *n != 0,
                        Value::Bool(b) => *b,
                        Value::BigInt(n) if n.is_negative() => {
                            return Err(PyErr::value_error("__len__() should return >= 0"))
                        }
                        Value::BigInt(_) => {
                            return Err(PyErr::new(
                                ExcKind::OverflowError,
                                "cannot fit 'int' into an index-sized integer",
                            ))
                        }
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                builtin_type_name(&r)
                            )))
                        }
                    }
                } else if has_base(v) {
                    self.truthy(base_of(v))?
                } else {
                    true
                }
            }
            _ => true,
        })
    }
}

fn bad_unary(op: UnaryOp, a: &Value) -> PyErr {
    let sym = match op {
        UnaryOp::Neg => "unary -",
        UnaryOp::Pos => "unary +",
        UnaryOp::Invert => "unary ~",
        UnaryOp::Not => "not",
    };
    PyErr::type_error(format!(
        "bad operand type for {sym}: '{}'",
        builtin_type_name(a)
    ))
}

/// `==` between built-in values, without calling Python code (dict keys, `in` on built-ins).
pub fn eq_builtin(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.s == y.s,
        (Float(x), Float(y)) => x == y,
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| p.is(q) || eq_builtin(p, q))
        }
        (List(x), List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| p.is(q) || eq_builtin(p, q))
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => a.byte_data() == b.byte_data(),
        (Set(x), Set(y)) => {
            let (x, y) = (x.items.borrow(), y.items.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (Dict(x), Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| v.is(w) || eq_builtin(v, w)))
        }
        (BigRange(_), Range(_) | BigRange(_)) | (Range(_), BigRange(_)) => {
            crate::builtins::range::equal(a, b)
        }
        (Range(x), Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        _ if is_int(a) && is_int(b) => to_big(a) == to_big(b),
        (Float(_), _) | (_, Float(_)) if is_int(a) || is_int(b) => {
            super::compare::number_cmp(a, b) == Some(std::cmp::Ordering::Equal)
        }
        _ if has_base(a) || has_base(b) => eq_builtin(base_of(a), base_of(b)),
        // Bound methods are equal when they bind the same function to the same object.
        (BoundMethod(x), BoundMethod(y)) => x.receiver.is(&y.receiver) && x.func.is(&y.func),
        _ => a.is(b),
    }
}
