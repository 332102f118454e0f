//! The `asyncio` module: the native names come from the runtime
//! (`crate::runtime::module_attrs`, the loop, futures and tasks they work on, and the methods of
//! the synchronisation primitives and queues); the classes of those primitives and the rest of
//! the surface are weft's own Python (`asyncio.py`, embedded in the binary), run once on first
//! import with the native names as its globals, and `TaskGroup`
//! (`taskgroups.py`) and `asyncio.run`'s shutdown steps (`runners.py`) after them in the same
//! namespace. Transports and protocols (`asyncio_transports.py`) and the TCP streams
//! (`asyncio_streams.py`) run there too, but only when a program first needs one of their
//! names (`modules::Lazy`).

use std::cell::RefCell;
use std::rc::Rc;

use super::ModuleBuilder;
use crate::vm::{Dict, Key, Str, Value, Vm};

/// The Python parts, compiled and run in order in one namespace when `asyncio` is first
/// imported: the primitives and queues, then `TaskGroup` and the runner (kept apart: other
/// work edits the first file).
const LIBRARY: &[(&str, &str)] = &[
    ("<weft asyncio>", include_str!("asyncio.py")),
    ("<weft asyncio.taskgroups>", include_str!("taskgroups.py")),
    ("<weft asyncio.runners>", include_str!("runners.py")),
];

/// Transports, protocols and streams: in the same namespace, on first use (`super::Lazy`).
const NETWORKING: &[(&str, &str)] = &[
    (
        "<weft asyncio.transports>",
        include_str!("asyncio_transports.py"),
    ),
    ("<weft asyncio.streams>", include_str!("asyncio_streams.py")),
];

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    let mut globals = Dict::default();
    let mut set = |name: &str, v: Value| {
        globals.insert(Key::str(&Rc::new(Str::new(name))), v);
    };
    set("__name__", Value::str("asyncio"));
    set("__builtins__", Value::None);
    for (name, v) in crate::runtime::module_attrs(vm) {
        set(name, v);
    }
    let globals = Rc::new(RefCell::new(globals));
    super::python::run_all(vm, LIBRARY, &globals);
    for (k, v) in globals.borrow().iter() {
        if let Some(name) = k.value.as_str() {
            if !name.starts_with("__") {
                m.value(name, v.clone());
            }
        }
    }
    m.value("__name__", Value::str("asyncio"));
    vm.modules.lazy.push(super::Lazy {
        module: m.dict.clone(),
        namespace: globals,
        sources: NETWORKING,
    });
}
