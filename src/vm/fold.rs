//! Folding a generator's items into a native consumer without leaving the generator's frame.
//! `sum`, key-less `min`/`max` and the collectors (`list(g)`, `tuple(g)`, `sorted(g)`, ...)
//! drive a generator from native code: resuming it item by item costs a nested dispatch loop's
//! entry and exit, a park and a take of the frame per item. When what the consumer does with
//! an item has no effect any Python code can see — adding two ints or two floats, comparing
//! two ints, pushing onto a vector nobody else holds — the item is taken at the `Yield` itself
//! and the generator runs on, as if resumed with `None` at once (`fold_yield`).
//!
//! Invariant: `Vm::fold` is set only while `next_folding` resumes its generator, which is
//! therefore running for as long as the fold is visible: no other resume of it can happen,
//! so a `Yield` of that generator out of a loop's base frame is this consumer's. A consumer
//! that runs again inside the generator (a nested `sum`) saves and restores the outer fold.
//! Anything the fold does not take (a str to add, an int overflowing, a float to compare)
//! is yielded as usual and the consumer handles it the general way, with no fold set.

use std::cmp::Ordering;
use std::mem;
use std::rc::Rc;

use super::error::PyResult;
use super::frame::Frame;
use super::object::Generator;
use super::value::Value;
use super::Vm;

/// The consumer state a fold works on, left where the consumer reads it back.
pub(crate) enum FoldOp {
    /// `sum`: the running total.
    Sum(Value),
    /// Key-less `min`/`max`: the best so far (`Greater` for `max`), `None` before the first
    /// item. Only ints are compared inside the fold.
    Best(Ordering, Option<Value>),
    /// Every item, in order.
    Collect(Vec<Value>),
}

/// The fold in force: whose yields it takes (the generator's address) and its state.
pub(crate) struct Fold {
    gen: *const Generator,
    op: FoldOp,
}

impl FoldOp {
    /// Takes the yielded value `top` into the state, leaving `None` (what `yield` evaluates
    /// to after `next()`) in its place; `false` (nothing changed) when taking it needs the
    /// general path. Ints and floats are immediates: replacing one drops nothing.
    #[inline(always)]
    fn offer(&mut self, top: &mut Value) -> bool {
        match self {
            FoldOp::Sum(acc) => match (acc, &*top) {
                (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                    Some(s) => *a = s,
                    None => return false,
                },
                (Value::Float(a), Value::Float(b)) => *a += b,
                _ => return false,
            },
            // The first of equals stays (CPython's `min`/`max`).
            FoldOp::Best(want, best) => match (best, &*top) {
                (Some(Value::Int(b)), Value::Int(x)) => {
                    if x.cmp(b) == *want {
                        *b = *x;
                    }
                }
                (best @ None, Value::Int(x)) => *best = Some(Value::Int(*x)),
                _ => return false,
            },
            FoldOp::Collect(items) => {
                items.push(mem::replace(top, Value::None));
                return true;
            }
        }
        mem::forget(mem::replace(top, Value::None));
        true
    }
}

impl Vm {
    /// The next item of `gen` that `op` did not take itself (`None`: the generator is
    /// exhausted); the items it took are in `op` afterwards.
    pub(crate) fn next_folding(
        &mut self,
        gen: &Rc<Generator>,
        op: &mut FoldOp,
    ) -> PyResult<Option<Value>> {
        let mine = Fold {
            gen: Rc::as_ptr(gen),
            op: mem::replace(op, FoldOp::Collect(Vec::new())),
        };
        let outer = self.fold.replace(mine);
        let step = self.next_generator(gen);
        if let Some(mine) = mem::replace(&mut self.fold, outer) {
            *op = mine.op;
        }
        step
    }

    /// `Yield` out of a loop's base frame `f`: when a fold is set for `f`'s generator and
    /// takes the yielded value, the value `yield` evaluates to (`None`, as after `next()`)
    /// replaces it and the frame runs on (`true`).
    #[inline(never)]
    pub(super) fn fold_yield(&mut self, f: &mut Frame) -> bool {
        let Some(fold) = &mut self.fold else {
            return false;
        };
        match &f.generator {
            Some(gen) if Rc::as_ptr(gen) == fold.gen => {}
            _ => return false,
        }
        match f.values.last_mut() {
            Some(top) => fold.op.offer(top),
            None => false,
        }
    }
}

/// `sum` of a generator's items from `acc` on: ints and floats add inside the fold, anything
/// else through `add` (the consumer's general path).
pub(crate) fn sum_generator(
    vm: &mut Vm,
    gen: &Rc<Generator>,
    acc: Value,
    mut add: impl FnMut(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let mut op = FoldOp::Sum(acc);
    while let Some(x) = vm.next_folding(gen, &mut op)? {
        let FoldOp::Sum(acc) = &mut op else {
            break;
        };
        let a = mem::replace(acc, Value::None);
        *acc = add(vm, a, x)?;
    }
    match op {
        FoldOp::Sum(acc) => Ok(acc),
        _ => Ok(Value::None),
    }
}

/// Every item of a generator, in order.
pub(crate) fn collect_generator(vm: &mut Vm, gen: &Rc<Generator>) -> PyResult<Vec<Value>> {
    let mut op = FoldOp::Collect(Vec::new());
    // `Collect` takes every item: the loop ends when the generator does.
    while let Some(x) = vm.next_folding(gen, &mut op)? {
        if let FoldOp::Collect(items) = &mut op {
            items.push(x);
        }
    }
    match op {
        FoldOp::Collect(items) => Ok(items),
        _ => Ok(Vec::new()),
    }
}

/// The best item of a generator for a key-less `min` (`want` = `Less`) or `max` (`Greater`),
/// `None` when it yields nothing: ints are compared inside the fold, any other item through
/// `offer` (the consumer's general path, which gets the best so far and the item and gives
/// the new best).
pub(crate) fn best_generator(
    vm: &mut Vm,
    gen: &Rc<Generator>,
    want: Ordering,
    mut offer: impl FnMut(&mut Vm, Option<Value>, Value) -> PyResult<Value>,
) -> PyResult<Option<Value>> {
    let mut op = FoldOp::Best(want, None);
    while let Some(x) = vm.next_folding(gen, &mut op)? {
        let FoldOp::Best(_, best) = &mut op else {
            break;
        };
        let b = best.take();
        *best = Some(offer(vm, b, x)?);
    }
    match op {
        FoldOp::Best(_, best) => Ok(best),
        _ => Ok(None),
    }
}
