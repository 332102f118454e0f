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
use crate::bytecode::{BinOp, CmpOp, ConstId, LocalId};

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

    /// `BinaryFastFast`: LoadFast a (0), LoadFast b (1), the operation (2).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_locals(
        &mut self,
        f: &Frame,
        (op, inplace): (BinOp, bool),
        a: LocalId,
        b: LocalId,
    ) -> Result<Value, Fail> {
        let x = local(f, a, 0)?;
        let y = local(f, b, 1)?;
        self.binary_or_inplace(op, inplace, &x, &y)
            .map_err(|e| (2, e))
    }

    /// `BinaryFastConst`: LoadFast a (0), LoadConst c, the operation (2).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_local_const(
        &mut self,
        f: &Frame,
        code: &Code,
        (op, inplace): (BinOp, bool),
        a: LocalId,
        c: ConstId,
    ) -> Result<Value, Fail> {
        let x = local(f, a, 0)?;
        self.binary_or_inplace(op, inplace, &x, &code.consts[c.0 as usize])
            .map_err(|e| (2, e))
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
        self.binary_or_inplace(op, inplace, &a, &b)
            .map_err(|e| (1, e))
    }

    /// The operation of `BinaryStoreFast` and `InplaceStoreSubscr`, on the top two values
    /// (constituent 0).
    #[cold]
    #[inline(never)]
    pub(super) fn fused_binary_stack(
        &mut self,
        f: &mut Frame,
        (op, inplace): (BinOp, bool),
    ) -> Result<Value, Fail> {
        let b = f.pop();
        let a = f.pop();
        self.binary_or_inplace(op, inplace, &a, &b)
            .map_err(|e| (0, e))
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
        let obj = local(f, a, 0)?;
        let key = local(f, b, 1)?;
        let v = f.pop();
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
