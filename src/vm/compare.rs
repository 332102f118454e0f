//! Rich comparison, equality and membership. Built-in values compare natively (numbers across
//! int/float/big int, strings, sequences lexicographically); instances go through `__eq__`,
//! `__lt__`... with the reflected method as fallback, as CPython's `do_richcompare`.

use std::cmp::Ordering;

use super::error::{PyErr, PyResult};
use super::object::builtin_type_name;
use num_traits::FromPrimitive;

use super::ops::{eq_builtin, to_big};
use super::subclass::{base_of, has_base};
use super::value::Value;
use super::Vm;
use crate::bytecode::CmpOp;

fn ordering_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// Order of two numbers; `None` when a NaN is involved. An int and a float compare exactly
/// (as CPython: `2 ** 53 + 1 > 2.0 ** 53`), never by rounding the int to a float.
pub(crate) fn number_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => int_float_cmp(b, *x).map(Ordering::reverse),
        (_, Value::Float(y)) => int_float_cmp(a, *y),
        _ => Some(to_big(a)?.cmp(&to_big(b)?)),
    }
}

/// Order of an int and a float, exact.
fn int_float_cmp(i: &Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Value::Int(n) = i {
        // Ints below 2**53 convert to floats exactly.
        if n.unsigned_abs() < 1 << 53 {
            return (*n as f64).partial_cmp(&f);
        }
    }
    if let Value::Bool(b) = i {
        return (*b as i64 as f64).partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let n = to_big(i)?;
    let floor = f.floor();
    let floor_int = num_bigint::BigInt::from_f64(floor)?;
    match n.cmp(&floor_int) {
        // n == floor(f) < f when f has a fraction.
        Ordering::Equal if floor != f => Some(Ordering::Less),
        o => Some(o),
    }
}

/// How deep `native_order` follows nested tuples and lists before leaving the rest to
/// `Vm::compare` (which checks the Rust stack).
const NATIVE_DEPTH: u32 = 32;

/// The order of two values that compare natively without any possible side effect or error:
/// ints and floats (no NaN), strings, and tuples or lists of these, lexicographically. `None`
/// when the general path must decide (a NaN, mixed types, instances, deep nesting), so the
/// answer is always the one `compare` would give: for these types `==` is `Equal` and `<` is
/// `Less`, so the first unequal items decide, as in CPython's tuple comparison.
pub(crate) fn native_order(a: &Value, b: &Value) -> Option<Ordering> {
    native_order_at(a, b, 0)
}

fn native_order_at(a: &Value, b: &Value, depth: u32) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => number_cmp(a, b),
        (Value::Str(x), Value::Str(y)) => Some(x.s.cmp(&y.s)),
        (Value::Tuple(x), Value::Tuple(y)) if depth < NATIVE_DEPTH => native_seq_order(x, y, depth),
        (Value::List(x), Value::List(y)) if depth < NATIVE_DEPTH => {
            native_seq_order(&x.borrow(), &y.borrow(), depth)
        }
        _ => None,
    }
}

fn native_seq_order(x: &[Value], y: &[Value], depth: u32) -> Option<Ordering> {
    for (p, q) in x.iter().zip(y) {
        match native_order_at(p, q, depth + 1)? {
            Ordering::Equal => {}
            o => return Some(o),
        }
    }
    Some(x.len().cmp(&y.len()))
}

impl Vm {
    /// `a op b` as a value (instances may return anything from `__lt__`).
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if is_number(a) && is_number(b) {
            return Ok(Value::Bool(match number_cmp(a, b) {
                Some(o) => ordering_holds(op, o),
                None => op == CmpOp::Ne,
            }));
        }
        if let (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) = (a, b) {
            if let Some(o) = native_order(a, b) {
                return Ok(Value::Bool(ordering_holds(op, o)));
            }
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Value::Bool(ordering_holds(op, x.s.cmp(&y.s))))
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.compare_seq(op, &x, &y);
            }
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                let o = a.byte_data().cmp(&b.byte_data());
                return Ok(Value::Bool(ordering_holds(op, o)));
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.compare_seq(op, &x, &y);
            }
            (Value::View(_), _) | (_, Value::View(_)) => {
                if let Some(r) = crate::builtins::views::view_compare(self, op, a, b)? {
                    return Ok(r);
                }
            }
            (Value::Set(x), Value::Set(y)) if op != CmpOp::Eq && op != CmpOp::Ne => {
                let (x, y) = (x.items.borrow(), y.items.borrow());
                let sub = x.iter().all(|k| y.contains(k));
                let sup = y.iter().all(|k| x.contains(k));
                return Ok(Value::Bool(match op {
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && x.len() < y.len(),
                    CmpOp::Ge => sup,
                    _ => sup && x.len() > y.len(),
                }));
            }
            _ => {}
        }
        // CPython's `do_richcompare`: a right operand whose type is a proper subclass of the
        // left's gets its reflected method first.
        let b_first = matches!(b, Value::Instance(_)) && self.is_proper_subtype(b, a);
        if b_first {
            if let Some(r) = self.rich_dunder(op.swapped(), b, a)? {
                return Ok(r);
            }
        }
        if let Value::Instance(_) = a {
            if let Some(r) = self.rich_dunder(op, a, b)? {
                return Ok(r);
            }
        }
        if !b_first {
            if let Value::Instance(_) = b {
                if let Some(r) = self.rich_dunder(op.swapped(), b, a)? {
                    return Ok(r);
                }
            }
        }
        if has_base(a) || has_base(b) {
            return self.compare(op, base_of(a), base_of(b));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(self.eq_fallback(a, b)?)),
            CmpOp::Ne => Ok(Value::Bool(!self.eq_fallback(a, b)?)),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                builtin_type_name(a),
                builtin_type_name(b)
            ))),
        }
    }

    /// `a.__op__(b)` as CPython's slot calls it; `None` when undefined or NotImplemented. A
    /// class without `__ne__` gets `object.__ne__`: the inverse of its `__eq__`.
    fn rich_dunder(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.call_dunder(a, op.dunder(), vec![b.clone()])? {
            return Ok((!matches!(r, Value::NotImplemented)).then_some(r));
        }
        if op == CmpOp::Ne {
            if let Some(r) = self.call_dunder(a, "__eq__", vec![b.clone()])? {
                if matches!(r, Value::NotImplemented) {
                    return Ok(None);
                }
                return Ok(Some(Value::Bool(!self.truthy(&r)?)));
            }
        }
        Ok(None)
    }

    /// Is `b`'s type a subclass of `a`'s, and not the same type?
    pub(super) fn is_proper_subtype(&self, b: &Value, a: &Value) -> bool {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        !std::rc::Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta)
    }

    /// Equality of values that defined no `__eq__`: built-in containers compare their items
    /// (which may be instances), everything else by identity.
    fn eq_fallback(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Dict(x), Value::Dict(y)) => {
                let x: Vec<(super::Key, Value)> = x
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let y = y.clone();
                if x.len() != y.borrow().len() {
                    return Ok(false);
                }
                for (k, v) in x {
                    let w = y.borrow().get(&k).cloned();
                    match w {
                        Some(w) if self.eq(&v, &w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            _ => Ok(a.is(b) || eq_builtin(a, b)),
        }
    }

    /// Lexicographic comparison, as for lists and tuples.
    fn compare_seq(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Value> {
        super::check_stack()?;
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                if op == CmpOp::Eq {
                    return Ok(Value::Bool(false));
                }
                if op == CmpOp::Ne {
                    return Ok(Value::Bool(true));
                }
                return self.compare(op, p, q);
            }
        }
        Ok(Value::Bool(ordering_holds(op, x.len().cmp(&y.len()))))
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(!matches!(a, Value::Float(f) if f.is_nan()));
        }
        match (a, b) {
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let r = self.compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            (Value::List(_), Value::List(_))
            | (Value::Tuple(_), Value::Tuple(_))
            | (Value::View(_), _)
            | (_, Value::View(_)) => {
                let r = self.compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            (Value::Dict(_), Value::Dict(_)) => self.eq_fallback(a, b),
            _ => Ok(eq_builtin(a, b)),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match base_of(item) {
                Value::Str(sub) => Ok(s.s.contains(&*sub.s)),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    builtin_type_name(item)
                ))),
            },
            Value::Dict(d) => self.dict_contains(d, item),
            Value::Bytes(_) | Value::ByteArray(_) => {
                let hay = container.byte_data().unwrap_or_default();
                crate::builtins::bytes::contains(&hay, item)
            }
            Value::Set(s) => {
                let key = self.set_key(s, item.clone())?;
                Ok(s.items.borrow().contains(&key))
            }
            Value::BigRange(r) => match crate::builtins::range::contains(r, item) {
                Some(found) => Ok(found),
                None => self.contains_by_iteration(container, item),
            },
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let (i, r) = (*i, **r);
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => false,
            }),
            Value::List(l) => {
                let items = l.borrow().clone();
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(container, "__contains__", vec![item.clone()])? {
                    return self.truthy(&r);
                }
                if has_base(container) {
                    return self.contains(base_of(container), item);
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                builtin_type_name(container)
            ))
        })?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
