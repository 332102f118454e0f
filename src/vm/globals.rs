//! `LoadGlobal` with a per-code cache. A global is looked up in the module's dict, then in the
//! builtins; each code object remembers, per name, the index where the entry was found last
//! time (`Code::global_cache`). A dict keeps an entry's index until an earlier entry is
//! removed, and keys are unique, so "the entry at that index still has this name" proves the
//! cached index right: no version counter is needed, and any dict change that moves entries
//! simply costs one ordinary lookup. A builtin is cached the same way, but the globals are
//! still probed first (a module may define `len` at any time). `StoreGlobal` (and a module
//! body's `StoreName`) replaces the value at the cached index the same way.

use std::rc::Rc;

use super::dict::{Key, StrKey};
use super::error::PyResult;
use super::frame::Frame;
use super::value::{Str, Value};
use super::Vm;

/// Marks a cached index into the builtins rather than the globals (`0` means "not cached").
const BUILTIN: u32 = 1 << 31;

/// Whether `key` is the string `name` (interned names make this a pointer compare).
#[inline]
fn is_name(key: &Key, name: &Rc<Str>) -> bool {
    key.hash() == name.hash()
        && matches!(&key.value, Value::Str(s) if Rc::ptr_eq(s, name) || s.s == name.s)
}

/// The cache word for index `i` (tagged with `tag`), if it fits.
fn slot_for(i: usize, tag: u32) -> u32 {
    match u32::try_from(i + 1) {
        Ok(n) if n < BUILTIN => n | tag,
        _ => 0,
    }
}

impl Vm {
    /// The value of global name `n` of the running code, as `LoadGlobal` pushes it.
    #[inline]
    pub(super) fn load_global(&self, f: &Frame, n: usize) -> PyResult<Value> {
        let name = &f.code.names[n];
        let slot = &f.code.global_cache[n];
        let cached = slot.get();
        let globals = f.globals.borrow();
        if cached != 0 && cached & BUILTIN == 0 {
            if let Some((k, v)) = globals.get_index((cached - 1) as usize) {
                if is_name(k, name) {
                    return Ok(v.clone());
                }
            }
        }
        let key = StrKey::of(name);
        if let Some((i, _, v)) = globals.get_full(&key) {
            slot.set(slot_for(i, 0));
            return Ok(v.clone());
        }
        drop(globals);
        let builtins = self.builtins.borrow();
        if cached & BUILTIN != 0 {
            if let Some((k, v)) = builtins.get_index(((cached & !BUILTIN) - 1) as usize) {
                if is_name(k, name) {
                    return Ok(v.clone());
                }
            }
        }
        match builtins.get_full(&key) {
            Some((i, _, v)) => {
                slot.set(slot_for(i, BUILTIN));
                Ok(v.clone())
            }
            None => Err(self.name_error(&name.s)),
        }
    }

    /// `globals[name n of the running code] = v`, in place at the cached index when the entry
    /// there is still that name.
    #[inline]
    pub(super) fn store_global(&self, f: &Frame, n: usize, v: Value) {
        let name = &f.code.names[n];
        let slot = &f.code.global_cache[n];
        let cached = slot.get();
        let mut globals = f.globals.borrow_mut();
        if cached != 0 && cached & BUILTIN == 0 {
            if let Some((k, value)) = globals.get_index_mut((cached - 1) as usize) {
                if is_name(k, name) {
                    let old = std::mem::replace(value, v);
                    // Dropped once the dict is no longer borrowed.
                    drop(globals);
                    old.discard();
                    return;
                }
            }
        }
        let (i, old) = globals.insert_full(Key::str(name), v);
        slot.set(slot_for(i, 0));
        drop(globals);
        drop(old);
    }
}
