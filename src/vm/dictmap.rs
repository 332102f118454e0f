//! `Dict`: the insertion-ordered map behind every Python dict (dict objects, module globals,
//! class namespaces), an `IndexMap` of `Key`s plus a *keys stamp*, so that `LoadGlobal` of a
//! builtin can skip probing the module's globals (CPython 3.11's dict keys version, which its
//! `LOAD_GLOBAL_BUILTIN` checks).
//!
//! A stamp names one state of a dict's set of keys. `keys_stamp` hands out a number from a
//! counter that never repeats and keeps it until the keys may change; any change clears it to
//! 0 ("none taken"). So "this dict's stamp is still `s`" proves that no key was added since
//! `s` was taken: a name absent then is absent now. The invariant is kept by construction:
//! reads go through `Deref`; value-only changes (`get_mut`, `get_index_mut`, ..., `insert`
//! over a key that is there) are methods here that keep the stamp; every other mutable access
//! goes through `DerefMut`, which clears it.

use std::cell::Cell;
use std::fmt;
use std::hash::Hash;
use std::ops::{Deref, DerefMut};

use indexmap::{Equivalent, IndexMap};

use super::dict::{BuildKeyHasher, Key};
use super::value::Value;

type Map = IndexMap<Key, Value, BuildKeyHasher>;

#[derive(Default)]
pub struct Dict {
    map: Map,
    /// 0, or the stamp handed out for the present set of keys.
    stamp: Cell<u64>,
}

thread_local! {
    /// The next keys stamp; never 0, never repeated.
    static NEXT_STAMP: Cell<u64> = const { Cell::new(1) };
}

impl Dict {
    pub fn with_capacity_and_hasher(n: usize, hasher: BuildKeyHasher) -> Dict {
        Dict {
            map: Map::with_capacity_and_hasher(n, hasher),
            stamp: Cell::new(0),
        }
    }

    /// A stamp for this dict's present set of keys (taken now if none is held).
    pub fn keys_stamp(&self) -> u64 {
        let s = self.stamp.get();
        if s != 0 {
            return s;
        }
        let s = NEXT_STAMP.with(|next| {
            let s = next.get();
            next.set(s + 1);
            s
        });
        self.stamp.set(s);
        s
    }

    /// Whether the keys are still in the state stamped `s` (by `keys_stamp`, so `s != 0`).
    #[inline(always)]
    pub fn has_stamp(&self, s: u64) -> bool {
        self.stamp.get() == s
    }

    /// Inserts or replaces; only a new key changes the stamp.
    #[inline]
    pub fn insert(&mut self, key: Key, value: Value) -> Option<Value> {
        self.insert_full(key, value).1
    }

    /// `insert`, also giving the entry's index.
    #[inline]
    pub fn insert_full(&mut self, key: Key, value: Value) -> (usize, Option<Value>) {
        let (i, old) = self.map.insert_full(key, value);
        if old.is_none() {
            self.stamp.set(0);
        }
        (i, old)
    }

    #[inline]
    pub fn get_mut<Q: ?Sized + Hash + Equivalent<Key>>(&mut self, key: &Q) -> Option<&mut Value> {
        self.map.get_mut(key)
    }

    #[inline]
    pub fn get_full_mut<Q: ?Sized + Hash + Equivalent<Key>>(
        &mut self,
        key: &Q,
    ) -> Option<(usize, &Key, &mut Value)> {
        self.map.get_full_mut(key)
    }

    #[inline]
    pub fn get_index_mut(&mut self, i: usize) -> Option<(&Key, &mut Value)> {
        self.map.get_index_mut(i)
    }

    pub fn values_mut(&mut self) -> indexmap::map::ValuesMut<'_, Key, Value> {
        self.map.values_mut()
    }

    pub fn iter_mut(&mut self) -> indexmap::map::IterMut<'_, Key, Value> {
        self.map.iter_mut()
    }
}

impl Deref for Dict {
    type Target = Map;

    #[inline(always)]
    fn deref(&self) -> &Map {
        &self.map
    }
}

impl DerefMut for Dict {
    /// Any change not listed above may change the keys.
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Map {
        self.stamp.set(0);
        &mut self.map
    }
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        Dict {
            map: self.map.clone(),
            stamp: Cell::new(0),
        }
    }
}

impl fmt::Debug for Dict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.map.fmt(f)
    }
}

impl FromIterator<(Key, Value)> for Dict {
    fn from_iter<I: IntoIterator<Item = (Key, Value)>>(items: I) -> Dict {
        Dict {
            map: Map::from_iter(items),
            stamp: Cell::new(0),
        }
    }
}

impl Extend<(Key, Value)> for Dict {
    fn extend<I: IntoIterator<Item = (Key, Value)>>(&mut self, items: I) {
        (**self).extend(items);
    }
}

impl IntoIterator for Dict {
    type Item = (Key, Value);
    type IntoIter = indexmap::map::IntoIter<Key, Value>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter()
    }
}

impl<'a> IntoIterator for &'a Dict {
    type Item = (&'a Key, &'a Value);
    type IntoIter = indexmap::map::Iter<'a, Key, Value>;

    fn into_iter(self) -> Self::IntoIter {
        self.map.iter()
    }
}
