//! The type attribute cache behind `Class::lookup_key`: "what does name N resolve to along
//! class C's MRO", remembered so that `obj.attr` and `obj.method()` skip walking the MRO
//! (one hash probe per class) every time. CPython keeps the same cache, keyed by type
//! version.
//!
//! Invariant: an entry is valid only for the epoch it was made in, and the epoch moves on
//! every write to any class's namespace after creation (`class_changed`, called by
//! `set_attr`/`del_attr` on classes). A class's MRO never changes after creation, and an
//! entry holds its class alive, so a class pointer in the cache always means that class.
//! Direct-mapped and lossy: a collision just costs the ordinary walk.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::StrKey;
use super::object::Class;
use super::value::Value;

const SIZE: usize = 1024;

struct Entry {
    epoch: u64,
    hash: u64,
    class: Rc<Class>,
    name: Box<str>,
    found: Option<Value>,
}

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(1) };
    static CACHE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
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

/// Drops every entry (and the classes they hold), e.g. when a program ends.
pub fn clear() {
    class_changed();
    let _ = CACHE.try_with(|c| c.borrow_mut().clear());
}

/// `walk` (the MRO walk) for `key` on `class`, answered from the cache when it can be.
#[inline]
pub fn lookup(
    class: &Rc<Class>,
    key: &StrKey,
    walk: impl FnOnce() -> Option<Value>,
) -> Option<Value> {
    let slot = ((Rc::as_ptr(class) as usize >> 4) ^ key.hash as usize) % SIZE;
    let epoch = epoch();
    let hit = CACHE.with(|c| {
        let cache = c.try_borrow().ok()?;
        let e = cache.get(slot)?.as_ref()?;
        // Cheapest tests first; the name compare runs only for a real hit.
        let hit = e.epoch == epoch
            && e.hash == key.hash
            && Rc::ptr_eq(&e.class, class)
            && e.name.len() == key.s.len()
            && e.name.as_bytes() == key.s.as_bytes();
        hit.then(|| e.found.clone())
    });
    match hit {
        Some(found) => found,
        None => fill(class, key, slot, epoch, walk()),
    }
}

/// Remembers a walk's result. Never panics on a re-entrant use: if the cache is borrowed,
/// the result goes uncached.
#[cold]
#[inline(never)]
fn fill(
    class: &Rc<Class>,
    key: &StrKey,
    slot: usize,
    epoch: u64,
    found: Option<Value>,
) -> Option<Value> {
    CACHE.with(|c| {
        if let Ok(mut cache) = c.try_borrow_mut() {
            if cache.is_empty() {
                cache.resize_with(SIZE, || None);
            }
            cache[slot] = Some(Entry {
                epoch,
                hash: key.hash,
                class: class.clone(),
                name: key.s.into(),
                found: found.clone(),
            });
        }
    });
    found
}
