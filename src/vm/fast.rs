//! The dispatch loop's inline fast paths: arithmetic and comparison on `int` and `float`
//! operands, list and tuple items at an int index, computed without a call. Each returns
//! `None` whenever the general path (`Vm::binary`, `Vm::compare`, `Vm::getitem`: overflow to
//! big integers, errors, dunders) must decide, so the result is always what that path would give. Invariant the loop relies on: `arith` and
//! `compare` give `Some` only for two immediate operands (`Int`/`Float`), so dropping them is
//! a no-op.

use super::ops::floor_divmod;
use super::value::Value;
use crate::bytecode::{BinOp, CmpOp};

/// `a op b` (also `a op= b`: these types have no in-place form) when both are ints or floats.
#[inline(always)]
pub fn arith(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_arith(op, *x, *y).map(Value::Int),
        (Value::Float(x), Value::Float(y)) => float_arith(op, *x, *y),
        // Rust's `as f64` rounds to nearest even, as CPython's int-to-float conversion does.
        (Value::Float(x), Value::Int(y)) => float_arith(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_arith(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn int_arith(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 => floor_divmod(x, y).map(|(q, _)| q),
        BinOp::Mod if y != 0 => floor_divmod(x, y).map(|(_, r)| r),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::RShift if (0..64).contains(&y) => Some(x >> y),
        BinOp::Pow if y >= 0 => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)),
        _ => None,
    }
}

#[inline(always)]
fn float_arith(op: BinOp, x: f64, y: f64) -> Option<Value> {
    float_op(op, x, y).map(Value::Float)
}

#[inline(always)]
fn float_op(op: BinOp, x: f64, y: f64) -> Option<f64> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        // A positive finite base: no complex result, no ZeroDivisionError; an infinite
        // result from finite operands is CPython's OverflowError, left to the general path.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    })
}

/// `a op b` for two ints or two floats (IEEE comparisons give Python's answers for NaN).
#[inline(always)]
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(cmp(op, x, y)),
        _ => None,
    }
}

#[inline(always)]
fn cmp<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// `obj[key]` for a list or tuple and an int index in range (negative counts from the end).
#[inline(always)]
pub fn item(obj: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else {
        return None;
    };
    match obj {
        Value::List(l) => slot(&l.borrow(), *i).cloned(),
        Value::Tuple(t) => slot(t, *i).cloned(),
        _ => None,
    }
}

/// `obj[key] = v` for a list and an int index in range; gives `v` back otherwise.
#[inline(always)]
pub fn store_item(obj: &Value, key: &Value, v: Value) -> Result<(), Value> {
    let (Value::List(l), Value::Int(i)) = (obj, key) else {
        return Err(v);
    };
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let i = if *i < 0 { *i + len } else { *i };
    if !(0..len).contains(&i) {
        return Err(v);
    }
    let old = std::mem::replace(&mut items[i as usize], v);
    drop(items);
    // The old item's destructor may run arbitrary code only once the list is released.
    old.discard();
    Ok(())
}

/// Drops a list or tuple reference the loop popped with the reference-count decrement
/// inline: a `Value`'s drop glue is an out-of-line call dispatching on the variant.
#[inline(always)]
pub fn drop_seq(v: Value) {
    match v {
        Value::List(l) => drop(l),
        Value::Tuple(t) => drop(t),
        other => drop(other),
    }
}

/// An int or float operand read out of a `Value`: a plain copy, so the fused arms' operands
/// have no destructor for the compiler to call.
#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Float(f64),
}

#[inline(always)]
fn num(v: &Value) -> Option<Num> {
    match *v {
        Value::Int(x) => Some(Num::Int(x)),
        Value::Float(x) => Some(Num::Float(x)),
        _ => None,
    }
}

/// `arith` on numbers already read.
#[inline(always)]
fn num_arith(op: BinOp, a: Num, b: Num) -> Option<Value> {
    Some(match num_op(op, a, b)? {
        Num::Int(x) => Value::Int(x),
        Num::Float(x) => Value::Float(x),
    })
}

#[inline(always)]
fn num_op(op: BinOp, a: Num, b: Num) -> Option<Num> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_arith(op, x, y).map(Num::Int),
        (Num::Float(x), Num::Float(y)) => float_op(op, x, y).map(Num::Float),
        (Num::Float(x), Num::Int(y)) => float_op(op, x, y as f64).map(Num::Float),
        (Num::Int(x), Num::Float(y)) => float_op(op, x as f64, y).map(Num::Float),
    }
}

/// `num_op` on two values, two floats tested first (the float loops' case: two tag
/// compares, no `Num` to build).
#[inline(always)]
fn value_op(op: BinOp, a: &Value, b: &Value) -> Option<Num> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => float_op(op, *x, *y).map(Num::Float),
        _ => num_op(op, num(a)?, num(b)?),
    }
}

/// `update` of an item by a number: a float item and a float number first.
#[inline(always)]
fn update_op(update: BinOp, item: &Value, rhs: Num) -> Option<Value> {
    match (item, rhs) {
        (Value::Float(x), Num::Float(y)) => float_op(update, *x, y).map(Value::Float),
        _ => num_arith(update, num(item)?, rhs),
    }
}

/// The int or float at `obj[key]`, for a list or tuple and an int index in range.
#[inline(always)]
fn item_num(obj: &Value, key: &Value) -> Option<Num> {
    let Value::Int(i) = *key else {
        return None;
    };
    match obj {
        Value::List(l) => num(slot(&l.try_borrow().ok()?, i)?),
        Value::Tuple(t) => num(slot(t, i)?),
        _ => None,
    }
}

/// `SubscrPairStoreFast`: local `l` = `a[c] op b[d]` (`a`, `b` locals, `c`, `d` constants)
/// when both items are ints or floats `arith` computes; `false` (nothing done) otherwise.
#[inline(always)]
pub fn subscr_pair(vals: &mut [Value], consts: &[Value], op: BinOp, ops: [u16; 5]) -> bool {
    let [a, c, b, d, l] = ops.map(usize::from);
    let Some(x) = item_num(&vals[a], &consts[c]) else {
        return false;
    };
    store_arith(vals, l, op, x, item_num(&vals[b], &consts[d]))
}

/// `SubscrFastStoreFast`: local `l` = `a[c] op b` (`a`, `b`, locals, `c` a constant), as
/// `subscr_pair`.
#[inline(always)]
pub fn subscr_local(vals: &mut [Value], consts: &[Value], op: BinOp, ops: [u16; 4]) -> bool {
    let [a, c, b, l] = ops.map(usize::from);
    let Some(x) = item_num(&vals[a], &consts[c]) else {
        return false;
    };
    store_arith(vals, l, op, x, num(&vals[b]))
}

/// Local `l` = `x op y` when `y` is a number and `arith` computes it; `false` otherwise.
#[inline(always)]
fn store_arith(vals: &mut [Value], l: usize, op: BinOp, x: Num, y: Option<Num>) -> bool {
    let Some(v) = y.and_then(|y| num_arith(op, x, y)) else {
        return false;
    };
    std::mem::replace(&mut vals[l], v).discard();
    true
}

/// `items[i] update= rhs` for an int index `i` (negative from the end) in range and an
/// int or float item `arith` computes; `false` (nothing changed) otherwise.
#[inline(always)]
fn update_item(items: &mut [Value], i: i64, update: BinOp, rhs: Num) -> bool {
    let len = items.len() as i64;
    let i = if i < 0 { i + len } else { i };
    let Some(item) = usize::try_from(i).ok().and_then(|i| items.get_mut(i)) else {
        return false;
    };
    let Some(v) = update_op(update, item, rhs) else {
        return false;
    };
    // `arith` gave a result: the item it replaces is an int or a float, which owns nothing.
    std::mem::forget(std::mem::replace(item, v));
    true
}

/// `InplaceSubscrFastFast`: `a[c] update= x op y` for a list `a`, an int constant `c` in
/// range and ints or floats `arith` computes; `false` (nothing done) otherwise. No Python
/// code runs between the item's read and its store, so one borrow serves both.
#[inline(always)]
pub fn inplace_item(
    vals: &[Value],
    consts: &[Value],
    (update, op): (BinOp, BinOp),
    ops: [u16; 4],
) -> bool {
    let [a, c, x, y] = ops.map(usize::from);
    let (Value::List(list), Value::Int(i)) = (&vals[a], &consts[c]) else {
        return false;
    };
    let Some(rhs) = value_op(op, &vals[x], &vals[y]) else {
        return false;
    };
    let Ok(mut items) = list.try_borrow_mut() else {
        return false;
    };
    update_item(&mut items, *i, update, rhs)
}

/// `InplaceSubscrFastSubscr`: `a[c] update= x op a[d]` for a list `a`, int constants `c`
/// and `d` in range and ints or floats `arith` computes, as `inplace_item`.
#[inline(always)]
pub fn inplace_item_item(
    vals: &[Value],
    consts: &[Value],
    (update, op): (BinOp, BinOp),
    ops: [u16; 4],
) -> bool {
    let [a, c, x, d] = ops.map(usize::from);
    let (Value::List(list), Value::Int(i), Value::Int(j)) = (&vals[a], &consts[c], &consts[d])
    else {
        return false;
    };
    let Ok(mut items) = list.try_borrow_mut() else {
        return false;
    };
    let Some(rhs) = slot(&items, *j).and_then(|y| value_op(op, &vals[x], y)) else {
        return false;
    };
    update_item(&mut items, *i, update, rhs)
}

/// `BinaryQuad`: `(a op b) then (c op2 d)` on four int or float locals `arith` computes.
#[inline(always)]
pub fn quad(
    vals: &[Value],
    (op, op2, then): (BinOp, BinOp, BinOp),
    ops: [u16; 4],
) -> Option<Value> {
    let [a, b, c, d] = ops.map(|l| num(&vals[usize::from(l)]));
    let left = num_op(op, a?, b?)?;
    let right = num_op(op2, c?, d?)?;
    num_arith(then, left, right)
}

/// `UnpackStoreFastFast`: a 2-tuple's items into locals `a` then `b` (as the two stores
/// would, so `b` wins when they are the same); the sequence back otherwise.
#[inline(always)]
pub fn unpack_pair(vals: &mut [Value], seq: Value, a: usize, b: usize) -> Result<(), Value> {
    let Value::Tuple(t) = seq else {
        return Err(seq);
    };
    let [x, y] = &t[..] else {
        return Err(Value::Tuple(t));
    };
    let (x, y) = (x.clone(), y.clone());
    std::mem::replace(&mut vals[a], x).discard();
    std::mem::replace(&mut vals[b], y).discard();
    drop(t);
    Ok(())
}

#[inline(always)]
fn slot(items: &[Value], i: i64) -> Option<&Value> {
    let i = if i < 0 { i + items.len() as i64 } else { i };
    items.get(usize::try_from(i).ok()?)
}
