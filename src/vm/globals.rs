//! `LoadGlobal` with a per-code cache (also a module body's `LoadName`/`StoreName`, whose
//! namespace is the globals). A global is looked up in the module's dict, then in the
//! builtins; each code object remembers, per name, the index where the entry was found last
//! time (`Code::global_cache`). A dict keeps an entry's index until an earlier entry is
//! removed, and keys are unique, so "the entry at that index still has this name" proves the
//! cached index right, and any dict change that moves entries simply costs one ordinary
//! lookup. Names are interned (`Vm::intern`, the builtins' too), so on the hit path that
//! check is a pointer compare.
//!
//! A builtin is cached with its index in the builtins and the globals' keys stamp (see
//! `dictmap`) taken when the name was not among the globals: while the globals still hold
//! that stamp no key was added, so the name is still not a global (a module may define `len`
//! at any time, through an assignment, `globals()`, `exec`...) and the globals need no probe.
//! `StoreGlobal` replaces the value at the cached index the same way, keeping the stamp.

use std::cell::Cell;
use std::rc::Rc;

use super::dict::{Key, StrKey};
use super::error::PyResult;
use super::frame::Frame;
use super::value::{Str, Value};
use super::Vm;

/// What a code object knows about one of its names as a global.
#[derive(Debug)]
pub struct GlobalSlot {
    /// The name (`Code::names[n]` again, so the hit paths read one array).
    name: Rc<Str>,
    /// 0: nothing cached; `i + 1`: at index `i` of the globals; `BUILTIN | (i + 1)`: at index
    /// `i` of the builtins.
    index: Cell<u32>,
    /// With a builtin index: the globals' keys stamp (never 0) when the name was not a global.
    stamp: Cell<u64>,
}

impl GlobalSlot {
    pub fn new(name: &Rc<Str>) -> GlobalSlot {
        GlobalSlot {
            name: name.clone(),
            index: Cell::new(0),
            stamp: Cell::new(0),
        }
    }
}

/// Marks a cached index into the builtins rather than the globals.
const BUILTIN: u32 = 1 << 31;

/// Whether `key` is the string `name` (interned names make this a pointer compare).
#[inline]
fn is_name(key: &Key, name: &Rc<Str>) -> bool {
    match &key.value {
        Value::Str(s) => Rc::ptr_eq(s, name) || (key.hash() == name.hash() && s.s == name.s),
        _ => false,
    }
}

/// Whether `key` is the interned `name` itself: the hit paths' check.
#[inline(always)]
fn is_interned(key: &Key, name: &Rc<Str>) -> bool {
    matches!(&key.value, Value::Str(s) if Rc::ptr_eq(s, name))
}

/// The cache word for index `i` (tagged with `tag`), if it fits.
fn slot_for(i: usize, tag: u32) -> u32 {
    match u32::try_from(i + 1) {
        Ok(n) if n < BUILTIN => n | tag,
        _ => 0,
    }
}

impl Frame {
    /// Whether `LoadName`/`StoreName` go to the globals: a module body's namespace is its
    /// globals dict (a class body's or `exec`'s with separate locals is not).
    #[inline]
    pub(super) fn names_are_globals(&self) -> bool {
        self.namespace
            .as_ref()
            .is_none_or(|ns| Rc::ptr_eq(ns, &self.globals))
    }
}

impl Vm {
    /// The hit paths of `LoadGlobal` (and a module body's `LoadName`), inline in the dispatch
    /// loop, which calls `load_global_slow` when they miss: the globals' entry at the cached
    /// index when its key is the interned name (a store through the code's names puts that
    /// very `Str` there), or the builtins' entry when the globals still hold the cached keys
    /// stamp.
    #[inline(always)]
    pub(super) fn cached_global(&self, f: &Frame, n: usize) -> Option<Value> {
        let slot = f.code.global_cache.get(n)?;
        let name = &slot.name;
        let index = slot.index.get();
        let globals = f.globals.borrow();
        if index & BUILTIN == 0 {
            // An empty slot gives an index past any dict's end.
            let (k, v) = globals.get_index(index.wrapping_sub(1) as usize)?;
            return is_interned(k, name).then(|| v.clone());
        }
        if !globals.has_stamp(slot.stamp.get()) {
            return None;
        }
        drop(globals);
        let builtins = self.builtins.borrow();
        let (k, v) = builtins.get_index((index & !BUILTIN).wrapping_sub(1) as usize)?;
        is_interned(k, name).then(|| v.clone())
    }

    /// `LoadGlobal` past the hit paths; a NameError when the name is nowhere.
    #[inline(never)]
    pub(super) fn load_global_slow(&self, f: &Frame, n: usize) -> PyResult<Value> {
        match self.find_global(f, n) {
            Some(v) => Ok(v),
            None => Err(self.name_error(&f.code.names[n].s)),
        }
    }

    /// Global name `n` looked up and cached: the cached globals index checked by name
    /// equality (its key may be an equal `Str` that is not the interned one), the globals,
    /// then the builtins, noting the globals' keys stamp.
    #[inline(always)]
    fn find_global(&self, f: &Frame, n: usize) -> Option<Value> {
        let name = &f.code.names[n];
        let slot = &f.code.global_cache[n];
        let cached = slot.index.get();
        let key = StrKey::of(name);
        let stamp = {
            let globals = f.globals.borrow();
            if cached & BUILTIN == 0 {
                if let Some((k, v)) = globals.get_index(cached.wrapping_sub(1) as usize) {
                    if is_name(k, name) {
                        return Some(v.clone());
                    }
                }
            }
            if let Some((i, _, v)) = globals.get_full(&key) {
                slot.index.set(slot_for(i, 0));
                return Some(v.clone());
            }
            globals.keys_stamp()
        };
        let builtins = self.builtins.borrow();
        let (i, _, v) = builtins.get_full(&key)?;
        let index = slot_for(i, BUILTIN);
        if index != 0 {
            slot.stamp.set(stamp);
        }
        slot.index.set(index);
        Some(v.clone())
    }

    /// `globals[name n of the running code] = v`: in place when the cached entry's key is the
    /// interned name itself, else `store_global_slow`.
    #[inline(always)]
    pub(super) fn store_global(&self, f: &Frame, n: usize, v: Value) {
        let Some(slot) = f.code.global_cache.get(n) else {
            return self.store_global_slow(f, n, v);
        };
        let name = &slot.name;
        let mut globals = f.globals.borrow_mut();
        // A builtin-tagged or empty slot gives an index past any real dict's end.
        match globals.get_index_mut(slot.index.get().wrapping_sub(1) as usize) {
            Some((k, value)) if is_interned(k, name) => {
                let old = std::mem::replace(value, v);
                // Dropped once the dict is no longer borrowed.
                drop(globals);
                old.discard();
            }
            _ => {
                drop(globals);
                self.store_global_slow(f, n, v);
            }
        }
    }

    /// `store_global` past the hit path: in place at the cached index when the entry there
    /// still has that name, else an insert that caches the entry's index.
    #[inline(never)]
    fn store_global_slow(&self, f: &Frame, n: usize, v: Value) {
        let name = &f.code.names[n];
        let slot = &f.code.global_cache[n];
        let cached = slot.index.get();
        let mut globals = f.globals.borrow_mut();
        if cached & BUILTIN == 0 {
            if let Some((k, value)) = globals.get_index_mut(cached.wrapping_sub(1) as usize) {
                if is_name(k, name) {
                    let old = std::mem::replace(value, v);
                    drop(globals);
                    drop(old);
                    return;
                }
            }
        }
        let (i, old) = globals.insert_full(Key::str(name), v);
        slot.index.set(slot_for(i, 0));
        drop(globals);
        drop(old);
    }
}
