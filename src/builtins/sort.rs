//! Sorting for `sorted`, `list.sort`, `min` and `max`: a stable sort of the items by their
//! keys, optionally reversed (descending, equal keys keeping their order, as CPython). Keys
//! of built-in types (ints, floats, strings, tuples of them) are ordered natively with
//! `native_order`, which gives the same answer as calling `<` without dispatching through the
//! VM; anything else (instances, NaN, mixed types) goes through `Vm::compare`. If a comparison
//! raises, the sort stops, the items stay as they were, and the error propagates.

use std::cmp::Ordering;

use crate::bytecode::CmpOp;
use crate::vm::{native_order, PyErr, PyResult, Value, Vm};

/// `a < b` as Python computes it for sorting (only `<` is used, as in CPython's sort).
pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    // Two ints (`max`/`min`/`sorted` over counters, sums): no call.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    if let Some(o) = native_order(a, b) {
        return Ok(o == Ordering::Less);
    }
    let r = vm.compare(CmpOp::Lt, a, b)?;
    vm.truthy(&r)
}

/// The order of two keys: native when it can be, else `a < b`, then `b < a`.
fn key_order(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Ordering> {
    if let Some(o) = native_order(a, b) {
        return Ok(o);
    }
    Ok(if lt(vm, a, b)? {
        Ordering::Less
    } else if lt(vm, b, a)? {
        Ordering::Greater
    } else {
        Ordering::Equal
    })
}

/// Sorts in place by `key`, stable, optionally reversed (as `list.sort`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(vm.call(f, vec![x.clone()], vec![])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if !sort_uniform(&mut order, &keys, reverse) {
        sort_mixed(vm, &mut order, &keys, reverse)?;
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Sorts `order` by keys of one built-in kind, read out of their values once (as CPython's
/// pre-sort type check picks a specialised compare): all ints, all floats without NaN, all
/// strings, or all non-empty tuples of the same length holding only ints. `false` when the keys are
/// not of one such kind. The orders are total, so the stable sort gives what `<` would.
fn sort_uniform(order: &mut [usize], keys: &[Value], reverse: bool) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    match first {
        Value::Int(_) => {
            let ints: Option<Vec<i64>> = keys
                .iter()
                .map(|k| match k {
                    Value::Int(n) => Some(*n),
                    _ => None,
                })
                .collect();
            ints.is_some_and(|ks| sort_by_keys(order, &ks, reverse, |a, b| a.cmp(b)))
        }
        Value::Float(_) => {
            let floats: Option<Vec<f64>> = keys
                .iter()
                .map(|k| match k {
                    Value::Float(f) if !f.is_nan() => Some(*f),
                    _ => None,
                })
                .collect();
            // `partial_cmp`, not `total_cmp`: -0.0 and 0.0 are equal keys and keep their order.
            floats.is_some_and(|ks| {
                sort_by_keys(order, &ks, reverse, |a, b| {
                    a.partial_cmp(b).unwrap_or(Ordering::Equal)
                })
            })
        }
        Value::Str(_) => {
            let strs: Option<Vec<&str>> = keys.iter().map(|k| k.as_str()).collect();
            strs.is_some_and(|ks| sort_by_keys(order, &ks, reverse, |a, b| a.cmp(b)))
        }
        Value::Tuple(t) => {
            let width = t.len();
            if width == 0 {
                return false;
            }
            let mut flat = Vec::with_capacity(width * keys.len());
            for k in keys {
                let Value::Tuple(t) = k else { return false };
                if t.len() != width {
                    return false;
                }
                for item in t.iter() {
                    let Value::Int(n) = item else { return false };
                    flat.push(*n);
                }
            }
            let rows: Vec<&[i64]> = flat.chunks_exact(width).collect();
            sort_by_keys(order, &rows, reverse, |a, b| a.cmp(b))
        }
        _ => false,
    }
}

/// Sorts `order` (indices into `keys`) stably by `cmp`, descending when `reverse`; `true`.
fn sort_by_keys<T>(
    order: &mut [usize],
    keys: &[T],
    reverse: bool,
    cmp: impl Fn(&T, &T) -> Ordering,
) -> bool {
    if reverse {
        order.sort_by(|&i, &j| cmp(&keys[j], &keys[i]));
    } else {
        order.sort_by(|&i, &j| cmp(&keys[i], &keys[j]));
    }
    true
}

/// Sorts `order` by keys of any types, natively pair by pair where it can, else through `<`.
fn sort_mixed(vm: &mut Vm, order: &mut [usize], keys: &[Value], reverse: bool) -> PyResult<()> {
    let mut error: Option<PyErr> = None;
    order.sort_by(|&i, &j| {
        if error.is_some() {
            return Ordering::Equal;
        }
        let (a, b) = if reverse {
            (&keys[j], &keys[i])
        } else {
            (&keys[i], &keys[j])
        };
        key_order(vm, a, b).unwrap_or_else(|e| {
            error = Some(e);
            Ordering::Equal
        })
    });
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
