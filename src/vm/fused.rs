//! The general paths of the superinstructions (see `quicken`): what a fused instruction's
//! constituents do one by one when the dispatch loop's inline fast path (`fast`: ints and
//! floats, list and tuple items) does not apply. Each error comes with the offset, in the
//! sequence, of the constituent that raised it (`Fail`), so the loop points the pc there and
//! the traceback names that instruction's line. Out of line and `#[cold]`: the loop's hot arms
//! stay small.

use super::error::{ExcKind, PyErr, PyResult};
use super::frame::Frame;
use super::object::Code;
use super::value::Value;
use super::Vm;
use crate::bytecode::{BinOp, CmpOp, ConstId, Instr, LocalId};

/// An error and the offset of the constituent that raised it.
pub type Fail = (usize, PyErr);

/// The value of fast local `l`, or the UnboundLocalError constituent `part` raises.
#[inline]
pub fn local(f: &Frame, l: LocalId, part: usize) -> Result<Value, Fail> {
    match &f.values[l.0 as usize] {
        Value::Undefined => Err(unbound(f, l, part)),
        v => Ok(v.clone()),
    }
}

/// The UnboundLocalError constituent `part` raises reading fast local `l`.
#[cold]
pub fn unbound(f: &Frame, l: LocalId, part: usize) -> Fail {
    let name = &f.code.code.varnames[l.0 as usize];
    let err = PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    (part, err)
}

/// CPython 3.11's `BINARY_OP_INPLACE_ADD_UNICODE`: for `str + str` whose result goes straight
/// back into local `l`, which holds the left operand `a` itself, the local drops its reference
/// now (it is overwritten by the next store anyway, and a str add cannot fail in between), so
/// `a` may be the string's only reference and grow in place (`ops::str_add`).
fn release_str_local(f: &mut Frame, op: BinOp, l: LocalId, a: &Value, b: &Value) {
    if let (BinOp::Add, Value::Str(x), Value::Str(_)) = (op, a, b) {
        let slot = &mut f.values[l.0 as usize];
        if matches!(&*slot, Value::Str(s) if std::rc::Rc::ptr_eq(s, x)) {
            *slot = Value::Undefined;
        }
    }
}

impl Vm {
    fn binary_or_inplace(
        &mut self,
        op: BinOp,
        inplace: bool,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if inplace {
            self.inplace(op, a, b)
        } else {
            self.binary(op, a, b)
        }
    }

    /// The operation on owned operands: `str + str` may then append to a left operand
    /// nobody else holds (`ops::str_add`).
    pub(super) fn binary_owned(
        &mut self,
        op: BinOp,
        inplace: bool,
        a: Value,
        b: &Value,
    ) -> PyResult<Value> {
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => Ok(super::ops::str_add(x, y)),
            (_, a, _) => self.binary_or_inplace(op, inplace, &a, b),
        }
    }

    /// `BinaryFastFast`: LoadFast a (0), LoadFast b (1), the operation (2). When the
    /// instruction after the sequence (at `next`) stores the result back into `a`, a str
    /// `a` lets go of the local first, so `s = s + t` can append in place.
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_locals(
        &mut self,
        f: &mut Frame,
        (op, inplace): (BinOp, bool),
        (a, b): (LocalId, LocalId),
        next: usize,
    ) -> Result<Value, Fail> {
        let x = local(f, a, 0)?;
        let y = local(f, b, 1)?;
        if f.code.code.instrs.get(next) == Some(&Instr::StoreFast(a)) {
            release_str_local(f, op, a, &x, &y);
        }
        self.binary_owned(op, inplace, x, &y).map_err(|e| (2, e))
    }

    /// `BinaryFastConst`: LoadFast a (0), LoadConst c, the operation (2).
    #[cold]
    #[inline(never)]
    /// `BinaryFastConstStoreFast` gives the local it stores into as `store`: when that is
    /// `a`, `s += "x"` on a str can append in place.
    pub(super) fn fused_binary_local_const(
        &mut self,
        f: &mut Frame,
        code: &Code,
        (op, inplace): (BinOp, bool),
        a: LocalId,
        c: ConstId,
        store: Option<LocalId>,
    ) -> Result<Value, Fail> {
        let x = local(f, a, 0)?;
        let y = &code.consts[c.0 as usize];
        if store == Some(a) {
            release_str_local(f, op, a, &x, y);
        }
        self.binary_owned(op, inplace, x, y).map_err(|e| (2, e))
    }

    /// `BinaryConstFast`: LoadConst c, LoadFast a (1), the operation (2).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_const_local(
        &mut self,
        f: &Frame,
        code: &Code,
        (op, inplace): (BinOp, bool),
        c: ConstId,
        a: LocalId,
    ) -> Result<Value, Fail> {
        let y = local(f, a, 1)?;
        self.binary_or_inplace(op, inplace, &code.consts[c.0 as usize], &y)
            .map_err(|e| (2, e))
    }

    /// `BinaryFast`, `BinaryConst` and `BinaryConstStoreFast`: the top of the stack op `b`, the operation being
    /// constituent 1 (`b` is loaded by constituent 0).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_top(
        &mut self,
        f: &mut Frame,
        (op, inplace): (BinOp, bool),
        b: Result<Value, Fail>,
    ) -> Result<Value, Fail> {
        let b = b?;
        let a = f.pop();
        self.binary_owned(op, inplace, a, &b).map_err(|e| (1, e))
    }

    /// The operation of `BinaryStoreFast` (which gives the local it stores into as `store`:
    /// `s += t` lets go of `s` there first) and `InplaceStoreSubscr`, on the top two values
    /// (constituent 0).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_stack(
        &mut self,
        f: &mut Frame,
        (op, inplace): (BinOp, bool),
        store: Option<LocalId>,
    ) -> Result<Value, Fail> {
        let b = f.pop();
        let a = f.pop();
        if let Some(l) = store {
            release_str_local(f, op, l, &a, &b);
        }
        self.binary_owned(op, inplace, a, &b).map_err(|e| (0, e))
    }

    /// `CompareJump`: the comparison (0), then the truth of its result (1).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_compare_truth(&mut self, f: &mut Frame, op: CmpOp) -> Result<bool, Fail> {
        let b = f.pop();
        let a = f.pop();
        let v = self.compare(op, &a, &b).map_err(|e| (0, e))?;
        match v {
            Value::Bool(r) => Ok(r),
            v => self.truthy(&v).map_err(|e| (1, e)),
        }
    }

    /// `CompareFastConstJump`: LoadFast a (0), LoadConst c, the comparison (2), the truth of
    /// its result (3).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_compare_local_const(
        &mut self,
        f: &Frame,
        code: &Code,
        op: CmpOp,
        a: LocalId,
        c: ConstId,
    ) -> Result<bool, Fail> {
        let x = local(f, a, 0)?;
        let v = self
            .compare(op, &x, &code.consts[c.0 as usize])
            .map_err(|e| (2, e))?;
        match v {
            Value::Bool(r) => Ok(r),
            v => self.truthy(&v).map_err(|e| (3, e)),
        }
    }

    /// `obj[key]` of `SubscrFastConst` and `SubscrFastFast`: the item, raised as constituent
    /// 2; `obj` and `key` as their loads (0 and 1) gave them.
    #[cold]
    #[inline(never)]
    pub(super) fn fused_subscr(
        &mut self,
        obj: Result<Value, Fail>,
        key: Result<Value, Fail>,
    ) -> Result<Value, Fail> {
        let obj = obj?;
        let key = key?;
        self.getitem(&obj, &key).map_err(|e| (2, e))
    }

    /// The head of `SubscrPairStoreFast` and `SubscrFastStoreFast` when their fast path does
    /// not apply: LoadFast a (0), LoadConst c, Subscr (2), pushing `a[c]`; the loop goes on
    /// with the slots after it, one by one.
    #[cold]
    #[inline(never)]
    pub(super) fn fused_subscr_push(
        &mut self,
        f: &mut Frame,
        code: &Code,
        a: u16,
        c: u16,
    ) -> Result<(), Fail> {
        let obj = local(f, LocalId(u32::from(a)), 0)?;
        let v = self
            .getitem(&obj, &code.consts[usize::from(c)])
            .map_err(|e| (2, e))?;
        f.push(v);
        Ok(())
    }

    /// `SubscrFastConstKeep`: LoadFast a (0), LoadConst c, DupTwo, Subscr (3).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_subscr_keep(
        &mut self,
        f: &mut Frame,
        code: &Code,
        a: LocalId,
        c: ConstId,
    ) -> Result<(), Fail> {
        let obj = local(f, a, 0)?;
        let key = code.consts[c.0 as usize].clone();
        f.push(obj.clone());
        f.push(key.clone());
        let v = self.getitem(&obj, &key).map_err(|e| (3, e))?;
        f.push(v);
        Ok(())
    }

    /// `StoreSubscrFastFast`: LoadFast a (0), LoadFast b (1), StoreSubscr (2).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_store_subscr(
        &mut self,
        f: &mut Frame,
        a: LocalId,
        b: LocalId,
    ) -> Result<(), Fail> {
        let v = f.pop();
        // `d[k] = v` with both in locals (a counting loop's store) borrows them.
        if let (Value::Dict(d), key) = (&f.values[a.0 as usize], &f.values[b.0 as usize]) {
            if !key.is_undefined() {
                return self.dict_set(d, key, v).map_err(|e| (2, e));
            }
        }
        let obj = local(f, a, 0)?;
        let key = local(f, b, 1)?;
        self.setitem(&obj, &key, v).map_err(|e| (2, e))
    }

    /// The store of `InplaceStoreSubscr`: `obj[key] = v` with obj and key on the stack (its
    /// StoreSubscr is constituent 2).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_store_top(&mut self, f: &mut Frame, v: Value) -> Result<(), Fail> {
        let key = f.pop();
        let obj = f.pop();
        self.setitem(&obj, &key, v).map_err(|e| (2, e))
    }
}
