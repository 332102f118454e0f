//! The type attribute cache behind `Class::lookup_key`: "what does name N resolve to along
//! class C's MRO", remembered so that `obj.attr`, `obj.method()`, the operators' special
//! methods and class instantiation skip walking the MRO (one hash probe per class) every
//! time. CPython keeps the same cache, keyed by type version.
//!
//! Each class carries its own small direct-mapped table (`Lookups`), so a hit is one array
//! read, an epoch compare and a name compare: no thread-local table, no class pointer to
//! check. Lossy: a collision just costs the ordinary walk.
//!
//! Invariant: an entry is valid only for the epoch it was made in, and the epoch moves on
//! every write to any class's namespace after creation (`class_changed`, called by
//! `set_attr`/`del_attr` on classes and by start-up code filling built-in classes). A
//! class's MRO never changes after creation, so nothing else can change a lookup's answer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::StrKey;
use super::object::Class;
use super::value::Value;

/// Entries per class (a power of two): enough for the names a class's hot code uses.
const SIZE: usize = 32;

#[derive(Debug)]
struct Entry {
    epoch: u64,
    hash: u64,
    name: Box<str>,
    found: Option<Value>,
}

/// A class's cache of its MRO lookups; empty (no allocation) until the first lookup.
#[derive(Debug, Default)]
pub struct Lookups(RefCell<Vec<Option<Entry>>>);

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// Every cached lookup becomes stale: some class's namespace changed.
pub fn class_changed() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// The current epoch: a cache entry made under another one is stale (also used by the
/// per-instruction attribute caches, `attrsite`).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.with(Cell::get)
}

/// `walk` (the MRO walk) for `key` on `class`, answered from the class's cache when it can be.
#[inline]
pub fn lookup(
    class: &Rc<Class>,
    key: &StrKey,
    walk: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let slot = key.hash as usize % SIZE;
    let epoch = epoch();
    if let Ok(table) = class.lookups.0.try_borrow() {
        if let Some(Some(e)) = table.get(slot) {
            // Cheapest tests first; the name compare runs only for a real hit.
            if e.epoch == epoch
                && e.hash == key.hash
                && e.name.len() == key.s.len()
                && e.name.as_bytes() == key.s.as_bytes()
            {
                return e.found.clone();
            }
        }
    }
    fill(&class.lookups, key, slot, epoch, walk())
}

/// Remembers a walk's result. Never panics on a re-entrant use: if the table is borrowed,
/// the result goes uncached.
#[cold]
#[inline(never)]
fn fill(
    lookups: &Lookups,
    key: &StrKey,
    slot: usize,
    epoch: u64,
    found: Option<Value>,
) -> Option<Value> {
    if let Ok(mut table) = lookups.0.try_borrow_mut() {
        if table.is_empty() {
            table.resize_with(SIZE, || None);
        }
        let old = table[slot].replace(Entry {
            epoch,
            hash: key.hash,
            name: key.s.into(),
            found: found.clone(),
        });
        drop(table);
        drop(old);
    }
    found
}
