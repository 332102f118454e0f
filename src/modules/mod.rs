//! Modules: takes `import` requests from the VM (`ImportName`, `ImportFrom`, `ImportStar`),
//! gives module objects. A module is loaded once and kept in the cache that `sys.modules`
//! shows; it is either native (built here, in Rust, from the registry below) or a `.py` file
//! found next to the script (or a package: a folder with `__init__.py`, whose submodules and
//! relative imports resolve inside it), compiled and run as its own module with its own
//! globals.
//!
//! # Adding a native module
//!
//! Write `src/modules/<name>.rs` with an `init` function that fills a [`ModuleBuilder`]:
//!
//! ```ignore
//! pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
//!     m.function("gather", gather);          // a `NativeFn`: fn(&mut Vm, args, kwargs)
//!     m.value("__version__", Value::str("1"));
//! }
//! ```
//!
//! then add `("<name>", <name>::init)` to [`NATIVE_MODULES`]. `init` runs on the first import
//! only; the module object (with `__name__` set) is cached, so later imports and
//! `sys.modules["<name>"]` see the same object and any state kept in its attributes.
//! Invariant: a module is in the cache from the moment its body starts running (so circular
//! imports see it partly initialised, as in CPython) until the end, and is removed again if
//! its body raises.

mod asyncio;
mod collections;
pub(crate) mod heapq;
mod import;
mod math;
mod python;
mod random;
mod sys;
mod time;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use crate::vm::{Dict, Key, NativeFn, Str, Value, Vm};

pub use import::{import_from, import_name, import_star};

/// Builds a native module's contents.
pub type Init = fn(&mut Vm, &mut ModuleBuilder);

/// The native modules, by import name.
pub const NATIVE_MODULES: &[(&str, Init)] = &[
    ("sys", sys::init),
    ("asyncio", asyncio::init),
    ("time", time::init),
    ("math", math::init),
    ("random", random::init),
    ("itertools", python::itertools),
    ("heapq", heapq::init),
    ("collections", collections::init),
    ("copy", python::copy),
    ("dataclasses", python::dataclasses),
    ("functools", python::functools),
    ("json", python::json),
    ("operator", python::operator),
    ("string", python::string),
    ("traceback", python::traceback),
];

/// The attributes of a native module being built.
#[derive(Default)]
pub struct ModuleBuilder {
    /// Becomes the module's `__dict__` (shared, so embedded Python code can use it as globals).
    dict: Rc<RefCell<Dict>>,
}

impl ModuleBuilder {
    /// Adds a native function as an attribute.
    pub fn function(&mut self, name: &'static str, f: NativeFn) {
        self.value(name, crate::builtins::native(name, f));
    }

    /// Adds any value as an attribute.
    pub fn value(&mut self, name: &str, v: Value) {
        self.dict
            .borrow_mut()
            .insert(Key::str(&Rc::new(Str::new(name))), v);
    }
}

/// The VM's import state.
pub struct Modules {
    /// `sys.modules`: module name → module object.
    pub cache: Rc<RefCell<Dict>>,
    /// The folder `.py` modules are imported from (the script's; empty: the current folder).
    pub dir: PathBuf,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Names of modules whose body is running, for circular-import messages.
    initializing: Vec<String>,
}

impl Modules {
    /// Is the module's body running (an import of it now gives it partly initialised)?
    pub fn is_initializing(&self, name: &str) -> bool {
        self.initializing.iter().any(|n| n == name)
    }
}

impl Default for Modules {
    fn default() -> Modules {
        Modules {
            cache: Rc::new(RefCell::new(Dict::default())),
            dir: PathBuf::new(),
            argv: vec![String::new()],
            initializing: Vec::new(),
        }
    }
}
