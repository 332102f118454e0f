//! `dict_keys` and `dict_items` as sets, as CPython's views: `d.keys() & {"a"}`,
//! `d.items() | [(1, 2)]`, `-`, `^` give a new `set`, and they compare with sets and with
//! each other by set rules (`{1: 2}.items() == {(1, 2)}`). `dict_values` is no set.

use std::rc::Rc;

use crate::bytecode::{BinOp, CmpOp};
use crate::vm::{PyResult, SetObj, Value, Vm};

/// A keys or items view (the views that are sets).
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::View(view) if view.0 != "dict_values")
}

/// The value as a new set: a set view's items, or any iterable's.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    if let Value::Set(s) = v {
        return Ok(s.clone());
    }
    let items = vm.collect(v)?;
    match vm.new_set(items, false)? {
        Value::Set(s) => Ok(s),
        _ => unreachable!("new_set makes a set"),
    }
}

/// `a op b` when one side is a set view; `None` when neither is.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !(is_set_view(a) || is_set_view(b))
        || !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor)
    {
        return Ok(None);
    }
    let (x, y) = (to_set(vm, a)?, to_set(vm, b)?);
    // The result is a plain set even when the other side is a frozenset.
    let x = if x.frozen {
        to_set(
            vm,
            &Value::list(x.items.borrow().iter().map(|k| k.value.clone()).collect()),
        )?
    } else {
        x
    };
    crate::vm::set_op(op, &x, &y).map(Some)
}

/// `a op b` between a set view and a set or set view; `None` for other pairs.
pub fn view_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let set_like = |v: &Value| is_set_view(v) || matches!(v, Value::Set(_));
    if !(is_set_view(a) || is_set_view(b)) || !(set_like(a) && set_like(b)) {
        return Ok(None);
    }
    let (x, y) = (to_set(vm, a)?, to_set(vm, b)?);
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        let same = {
            let (p, q) = (x.items.borrow(), y.items.borrow());
            p.len() == q.len() && p.iter().all(|k| q.contains(k))
        };
        return Ok(Some(Value::Bool(same == (op == CmpOp::Eq))));
    }
    vm.compare(op, &Value::Set(x), &Value::Set(y)).map(Some)
}
