//! Standard-library modules written in weft's own Python and embedded in the binary
//! (decision 5: readable Python where the logic is the point). `python_module!` turns a
//! `.py` file next to this one into an [`Init`](super::Init) for `NATIVE_MODULES` (listed at
//! the end of this file); a hybrid module (native functions plus Python) calls [`run`] from
//! its own `init` after adding its natives, which the Python code then sees as globals (the
//! module's dict is its globals). A module too long for one file runs several files in turn,
//! each seeing what the earlier ones defined.
//!
//! Invariant: the embedded sources are weft's own and tested, so a failure while running one
//! is a bug in weft: it is shown on stderr (with the traceback) and the module keeps whatever
//! names were defined before the failure, so the import itself still succeeds.

use std::cell::RefCell;
use std::rc::Rc;

use super::ModuleBuilder;
use crate::vm::{Dict, Source, Value, Vm};

/// Runs `source` (from `file`, as tracebacks name it) in the module being built: its globals
/// are the names already in `m` (natives, `__name__`), and every name it defines ends up in
/// `m`.
pub fn run(vm: &mut Vm, m: &mut ModuleBuilder, file: &str, source: &'static str) {
    m.value("__builtins__", Value::None);
    run_in(vm, &format!("<weft {file}>"), source, &m.dict);
}

/// Runs each `(filename, source)` of `sources` in turn in `globals` (a module split across
/// files, or its part that runs later: `super::Lazy`).
pub fn run_all(vm: &mut Vm, sources: &[(&str, &'static str)], globals: &Rc<RefCell<Dict>>) {
    for &(filename, source) in sources {
        run_in(vm, filename, source, globals);
    }
}

/// Compiles and runs embedded `source` in `globals`; a failure is shown on stderr (see the
/// invariant above).
fn run_in(vm: &mut Vm, filename: &str, source: &'static str, globals: &Rc<RefCell<Dict>>) {
    match crate::compile(source, filename) {
        Ok(code) => {
            let source = Rc::new(Source {
                filename: filename.into(),
                text: source.into(),
            });
            if let Err(e) = vm.run_module(&code, source, globals.clone()) {
                let exc = vm.exception_value(e);
                eprint!("{}", crate::vm::format_exception(vm, &exc));
            }
        }
        Err(e) => eprintln!("weft's embedded {filename} does not compile: {}", e.message),
    }
}

/// `python_module!(init_name, "file.py")`: an `Init` running the embedded file.
macro_rules! python_module {
    ($name:ident, $file:literal) => {
        pub fn $name(vm: &mut Vm, m: &mut ModuleBuilder) {
            run(vm, m, $file, include_str!($file));
        }
    };
}

python_module!(copy, "copy.py");
python_module!(dataclasses, "dataclasses.py");
python_module!(functools, "functools.py");
python_module!(itertools, "itertools.py");
python_module!(json, "json.py");
python_module!(operator, "operator.py");
python_module!(string, "string.py");
python_module!(traceback, "traceback.py");
