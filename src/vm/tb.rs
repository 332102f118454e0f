//! Traceback objects (`e.__traceback__`, the `tb` an `__exit__` receives): a chain of
//! `traceback` instances from the frame handling the exception inward to the one that raised
//! it, each with `tb_lineno`, `tb_lasti`, `tb_next` and `tb_frame` (`None`: weft keeps no
//! frame objects). They are made on demand from the exception's recorded entries, so two
//! reads give equal chains but not the same object.

use std::rc::Rc;

use super::dict::{Dict, Key};
use super::object::{Builtin, Instance};
use super::value::{Str, Value};
use super::Vm;

impl Vm {
    /// The traceback chain of an exception value, or `None` when it was never raised.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        let Value::Instance(inst) = exc else {
            return Value::None;
        };
        let Some(data) = &inst.exc else {
            return Value::None;
        };
        let entries = data.borrow().traceback.clone();
        // Entries run from the raising frame outward; the chain starts outermost.
        let mut next = Value::None;
        for entry in &entries {
            let span = entry
                .code
                .code
                .spans
                .get(entry.pc)
                .copied()
                .unwrap_or_default();
            let line = entry.code.source.line(span.start).0;
            let mut d = Dict::default();
            let mut set = |k: &str, v: Value| {
                d.insert(Key::str(&Rc::new(Str::new(k))), v);
            };
            set("tb_lineno", Value::Int(line as i64));
            set("tb_lasti", Value::Int(2 * entry.pc as i64));
            set("tb_next", next);
            set("tb_frame", Value::None);
            next = Value::Instance(Rc::new(Instance::with_dict(
                self.class(Builtin::Traceback).clone(),
                d,
            )));
        }
        next
    }
}
