//! Property getters run as frames of the running dispatch loop (CPython 3.12's
//! `LOAD_ATTR_PROPERTY`), not in a nested loop: `obj.p`, where `p` is a property whose getter
//! is a plain `def p(self)` on a class without `__getattr__` (`attrsite`'s `Load::Getter`),
//! pushes the getter's frame with `OnExit::Property` and leaves `obj` on the caller's stack.
//!
//! ```text
//!   caller: [ ... | obj ]   --LoadAttr p-->   getter frame: [ self=obj | ... ]
//!   getter returns v:        caller: [ ... | v ]        (obj dropped)
//!   getter raises e:         e gets name/obj if an AttributeError without them
//! ```
//!
//! Invariant: while a getter's frame runs, its caller's top value is the object whose
//! attribute is read, and the caller's last instruction (at `pc - 1`) is that `LoadAttr`. So
//! an error leaving the getter is completed there as `PyObject_GetAttr` completes it in
//! CPython (`attribute_error_context`), and everything else (tracebacks, handlers, the
//! recursion limit, `sys.exc_info()`) is what a plain call's frame gets.

use std::rc::Rc;

use super::error::{PyErr, PyResult};
use super::frame::Frame;
use super::object::{Code, Instance};
use super::value::Value;
use super::Vm;
use crate::bytecode::Instr;

impl Vm {
    /// `LoadAttr` on an instance beyond the inlined hit: a property's getter runs next as a
    /// frame (`true`; the caller resumes at `next`, a slot of `code.quick`), anything else is
    /// loaded and pushed.
    #[inline(never)]
    pub(super) fn load_attr_instance(
        &mut self,
        f: &mut Box<Frame>,
        code: &Code,
        n: usize,
        inst: Rc<Instance>,
        next: *const Instr,
    ) -> PyResult<bool> {
        // At the limit the nested path raises the `RecursionError`.
        if self.depth < self.recursion_limit {
            if let Some(frame) = self.getter_frame(code, n, &inst) {
                f.push(Value::Instance(inst));
                // Address arithmetic only (the dispatch loop's `index_of`).
                let pc = (next as usize - code.quick.as_ptr() as usize) / size_of::<Instr>();
                self.push_frame(f, frame, pc)?;
                return Ok(true);
            }
        }
        let v = self.load_attr_site(code, n, &Value::Instance(inst))?;
        f.push(v);
        Ok(false)
    }

    /// A getter's frame returned `v` to `caller`: it replaces the object on top.
    #[inline]
    pub(super) fn getter_returned(caller: &mut Frame, v: Value) {
        match caller.values.last_mut() {
            Some(top) => drop(std::mem::replace(top, v)),
            None => caller.push(v),
        }
    }

    /// `exc` leaves a getter's frame into `caller`: an AttributeError without `name` and `obj`
    /// gets those of the attribute read (the generic path's `attr_lookup_failed` does the
    /// same for a getter run in a nested loop).
    #[cold]
    #[inline(never)]
    pub(super) fn getter_failed(&mut self, caller: &Frame, exc: &Value) {
        let at = caller.pc.wrapping_sub(1);
        let Some(Instr::LoadAttr(n)) = caller.code.code.instrs.get(at) else {
            return;
        };
        let (Some(name), Some(obj)) = (caller.code.names.get(n.0 as usize), caller.values.last())
        else {
            return;
        };
        let _ = self.attribute_error_context(PyErr::Exc(exc.clone()), obj, name);
    }
}
