//! The namespaces a running frame sees, for the natives that read them (`globals()`,
//! `locals()`, `vars()`, `dir()`, `eval`, `exec`), and running source compiled at run time in
//! given namespaces. A function's `locals()` is a fresh snapshot of its variables (CPython
//! 3.11: writes to it do not change the function's variables); a module or class body's is
//! its namespace dict itself, live.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, Key};
use super::error::PyResult;
use super::frame::{Frame, OnExit};
use super::object::{NativeFn, Source};
use super::value::{Str, Value};
use super::Vm;
use crate::bytecode::CodeObject;

/// What a frame sees: its globals and its locals (a dict value).
#[derive(Clone, Debug)]
pub struct Scope {
    pub globals: Rc<RefCell<Dict>>,
    pub locals: Value,
}

impl Vm {
    /// Calls a `needs_scope` native from the frame `f`, with `f`'s namespaces on `scopes`.
    pub(super) fn call_with_scope(
        &mut self,
        f: &Frame,
        native: NativeFn,
        args: &[Value],
        kwargs: super::call::Kwargs,
    ) -> PyResult<Value> {
        let locals = match &f.namespace {
            Some(ns) => Value::Dict(ns.clone()),
            None => Value::dict(locals_snapshot(f)),
        };
        self.scopes.push(Scope {
            globals: f.globals.clone(),
            locals,
        });
        let result = native(self, args, kwargs);
        self.scopes.pop();
        result
    }

    /// The namespaces of the frame calling the running native (`__main__`'s when the native
    /// was called from native code, as `map(globals, ...)` would).
    pub fn current_scope(&self) -> Scope {
        if let Some(s) = self.scopes.last() {
            return s.clone();
        }
        let globals = self
            .main
            .clone()
            .unwrap_or_else(|| Rc::new(RefCell::new(Dict::default())));
        Scope {
            locals: Value::Dict(globals.clone()),
            globals,
        }
    }

    /// Runs code compiled from the string `text` (by `exec` or `eval`) as a module body with
    /// these namespaces; its value is what `eval` returns.
    pub fn run_string_code(
        &mut self,
        code: &Rc<CodeObject>,
        text: &str,
        globals: Rc<RefCell<Dict>>,
        locals: Rc<RefCell<Dict>>,
    ) -> PyResult<Value> {
        let source = Rc::new(Source {
            filename: code.filename.to_string(),
            text: text.to_string(),
        });
        let code = self.load_code(code, &source);
        let frame = Frame {
            values: Vec::with_capacity(code.code.max_stack as usize + 1),
            code,
            pc: 0,
            cells: Vec::new(),
            namespace: Some(locals),
            globals,
            on_exit: OnExit::Push,
            generator: None,
            outer_handled: Value::None,
        };
        self.run_nested(Box::new(frame))
    }
}

/// A function frame's variables by name, in CPython's order (parameters and locals, then
/// cell variables, then free variables); unbound ones are left out.
fn locals_snapshot(f: &Frame) -> Dict {
    let co = &f.code.code;
    let mut d = Dict::default();
    let mut put = |name: &Rc<str>, v: Value| {
        if !v.is_undefined() {
            d.insert(Key::str(&Rc::new(Str::new(&**name))), v);
        }
    };
    for (i, name) in co.varnames.iter().enumerate() {
        let v = f.values.get(i).cloned().unwrap_or_default();
        match co.cellvars.iter().position(|c| c == name) {
            Some(cell) if v.is_undefined() => {
                put(name, cell_value(f, cell));
            }
            _ => put(name, v),
        }
    }
    for (i, name) in co.cellvars.iter().enumerate() {
        if !co.varnames.contains(name) {
            put(name, cell_value(f, i));
        }
    }
    for (i, name) in co.freevars.iter().enumerate() {
        put(name, cell_value(f, co.cellvars.len() + i));
    }
    d
}

fn cell_value(f: &Frame, i: usize) -> Value {
    f.cells
        .get(i)
        .map(|c| c.borrow().clone())
        .unwrap_or_default()
}
