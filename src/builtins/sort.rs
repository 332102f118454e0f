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
    if let Some(e) = error {
        return Err(e);
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}
