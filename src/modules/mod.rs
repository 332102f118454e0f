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
    /// Embedded Python a native module runs only when first needed (see `Lazy`).
    lazy: Vec<Lazy>,
}

/// The rest of a native module's embedded Python, run on the first use of a name it may
/// define: an attribute (or `from m import name`) the module does not have, or anything that
/// lists the module's names (`dir`, `__dict__`, `import *`). Until then the module holds the
/// names of its first part only. `asyncio` keeps its transports and streams so, which most
/// programs never use (half of its embedded Python, ~7 ms of compiling per program start).
pub struct Lazy {
    /// The module's `__dict__`, which receives the new names.
    module: Rc<RefCell<Dict>>,
    /// The namespace the first part ran in, and the rest runs in.
    namespace: Rc<RefCell<Dict>>,
    /// `(filename, source)`, run in order.
    sources: &'static [(&'static str, &'static str)],
}

/// Runs the lazy part of module `m` if it has one not run yet; whether it did. The new names
/// it defines go to the module unless the module has them already (set by the program).
pub fn complete_lazy(vm: &mut Vm, m: &crate::vm::Module) -> bool {
    let Some(i) = vm
        .modules
        .lazy
        .iter()
        .position(|l| Rc::ptr_eq(&l.module, &m.dict))
    else {
        return false;
    };
    let lazy = vm.modules.lazy.swap_remove(i);
    let before = lazy.namespace.borrow().len();
    python::run_all(vm, lazy.sources, &lazy.namespace);
    let namespace = lazy.namespace.borrow();
    let mut module = lazy.module.borrow_mut();
    for (k, v) in namespace.iter().skip(before) {
        let public = k.value.as_str().is_some_and(|n| !n.starts_with("__"));
        if public && module.get(k).is_none() {
            module.insert(k.clone(), v.clone());
        }
    }
    true
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
            lazy: Vec::new(),
        }
    }
}
