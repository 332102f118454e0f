//! The `asyncio` module: its names come from the runtime (`crate::runtime::module_attrs`),
//! which holds the loop, futures and tasks they work on.

use super::ModuleBuilder;
use crate::vm::Vm;

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    for (name, v) in crate::runtime::module_attrs(vm) {
        m.value(name, v);
    }
}
