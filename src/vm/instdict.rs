//! Instance attribute storage, CPython 3.11's split dict: the attribute names live once per
//! class (`Class::shared_keys`, append-only) and each instance keeps only its values, in the
//! order of those names. `Vec(1, 2)` then costs one values array, sized from the class's
//! names so far, instead of a dict with its entries and hash table; and an attribute site
//! (`attrsite`) that found a name at index `i` of a class's shared keys knows it is there for
//! every instance of that class holding more than `i` values.
//!
//! An instance leaves the split form for good, becoming an ordinary dict (`Attrs::Dict`),
//! when its `__dict__` is asked for (it must be one live dict object), when an attribute is
//! deleted, or when it sets names in another order than the class's shared keys (or more
//! than `SHARED_KEYS_MAX` of them).
//!
//! Invariants: in the split form, `values[i]` is the attribute named `shared_keys[i]` and
//! `values.len() <= shared_keys.len()`, so the attributes in insertion order are the first
//! `values.len()` shared keys; shared keys are never removed or reordered, so an index found
//! for a name on a class stays right for as long as the class exists.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, Key, StrKey};
use super::object::{Class, ExcData, Instance};
use super::value::{Str, Value};

/// The most names a class shares among its instances (CPython's `SHARED_KEYS_MAX_SIZE`).
const SHARED_KEYS_MAX: usize = 30;

/// How many emptied values arrays a class keeps for its new instances, and the largest
/// capacity kept.
const SPARE_MAX: usize = 8;
const SPARE_CAPACITY: usize = 8;

/// An empty values array with room for `class`'s shared keys so far: one its dropped
/// instances left when there is (a loop making and dropping a small instance per iteration
/// then costs no allocator call for its attributes: glibc's `malloc` + `free` of such an
/// array is ~140 instructions).
#[inline]
fn values_for(class: &Class) -> Vec<Value> {
    let size = class.shared_keys.borrow().len();
    if size == 0 {
        return Vec::new();
    }
    let spare = class
        .spare_values
        .try_borrow_mut()
        .ok()
        .and_then(|mut s| s.pop());
    match spare {
        Some(mut values) => {
            values.reserve_exact(size);
            values
        }
        None => Vec::with_capacity(size),
    }
}

/// An instance's attributes die with it, in order, as a dropped `Vec` would drop them; its
/// values array (when small) is kept for the next instance instead of freed.
impl Drop for Instance {
    fn drop(&mut self) {
        let Attrs::Split(values) = self.attrs.get_mut() else {
            return;
        };
        if values.capacity() == 0 || values.capacity() > SPARE_CAPACITY {
            return;
        }
        let mut values = std::mem::take(values);
        // The attributes' own drops (which may drop more instances) run before the spares
        // are borrowed.
        values.clear();
        if let Ok(mut spare) = self.class.spare_values.try_borrow_mut() {
            if spare.len() < SPARE_MAX {
                spare.push(values);
            }
        }
    }
}

/// An instance's attributes.
#[derive(Debug)]
pub enum Attrs {
    /// The values of the class's first `len()` shared keys.
    Split(Vec<Value>),
    /// The instance's own dict (see the module doc for when).
    Dict(Rc<RefCell<Dict>>),
}

/// Where `Instance::store` put a value (for the attribute site to remember), and the value it
/// replaced, to be dropped by the caller once nothing is borrowed.
pub struct Stored {
    /// Index in the class's shared keys (split form) or in the dict.
    pub index: usize,
    pub split: bool,
    pub old: Option<Value>,
}

/// The index of `key` among `keys`.
fn position(keys: &[Key], key: &StrKey) -> Option<usize> {
    keys.iter()
        .position(|k| k.hash() == key.hash && matches!(&k.value, Value::Str(s) if s.s == *key.s))
}

impl Instance {
    /// A new instance without attributes; its values array is sized for the names the
    /// class's instances have set so far.
    pub fn new(class: Rc<Class>, exc: Option<RefCell<ExcData>>, base: Option<Value>) -> Instance {
        Instance {
            attrs: RefCell::new(Attrs::Split(values_for(&class))),
            class,
            exc,
            base,
        }
    }

    /// `Rc::new(Instance::new(class, None, None))`, written straight into its allocation: an
    /// `Instance` is ~200 bytes (the exception fields), and building it first and moving it
    /// in costs two `memcpy` calls per instance.
    #[inline]
    pub fn new_plain(class: Rc<Class>) -> Rc<Instance> {
        let attrs = RefCell::new(Attrs::Split(values_for(&class)));
        let mut rc = Rc::<Instance>::new_uninit();
        let Some(slot) = Rc::get_mut(&mut rc) else {
            // Unreachable: a new `Rc` is not shared.
            return Rc::new(Instance {
                class,
                attrs,
                exc: None,
                base: None,
            });
        };
        slot.write(Instance {
            class,
            attrs,
            exc: None,
            base: None,
        });
        // SAFETY: `slot` (the whole value of this unshared `Rc`) was written just above.
        unsafe { rc.assume_init() }
    }

    /// An instance whose attributes are `dict` (built by Rust code).
    pub fn with_dict(class: Rc<Class>, dict: Dict) -> Instance {
        Instance {
            class,
            attrs: RefCell::new(Attrs::Dict(Rc::new(RefCell::new(dict)))),
            exc: None,
            base: None,
        }
    }

    /// The instance's `__dict__`: made from the split values the first time, then this very
    /// dict for good.
    pub fn dict(&self) -> Rc<RefCell<Dict>> {
        let mut attrs = self.attrs.borrow_mut();
        let values = match &mut *attrs {
            Attrs::Dict(d) => return d.clone(),
            Attrs::Split(values) => std::mem::take(values),
        };
        let keys = self.class.shared_keys.borrow();
        let mut dict = Dict::with_capacity_and_hasher(values.len(), Default::default());
        dict.extend(keys.iter().cloned().zip(values));
        let dict = Rc::new(RefCell::new(dict));
        *attrs = Attrs::Dict(dict.clone());
        dict
    }

    /// The attributes, borrowed (split values or the dict; see `Attrs`).
    pub fn attrs(&self) -> std::cell::Ref<'_, Attrs> {
        self.attrs.borrow()
    }

    /// As `attrs`, `None` while they are being changed.
    pub fn try_attrs(&self) -> Option<std::cell::Ref<'_, Attrs>> {
        self.attrs.try_borrow().ok()
    }

    /// As `attrs`, for a store in place (`attrsite`).
    pub fn try_attrs_mut(&self) -> Option<std::cell::RefMut<'_, Attrs>> {
        self.attrs.try_borrow_mut().ok()
    }

    /// The attribute `key` (in `__dict__`).
    pub fn attr(&self, key: &StrKey) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => {
                let keys = self.class.shared_keys.borrow();
                let i = position(keys.get(..values.len())?, key)?;
                values.get(i).cloned()
            }
            Attrs::Dict(d) => d.borrow().get(key).cloned(),
        }
    }

    /// What `f` makes of the attribute set `i`-th (in insertion order), borrowed.
    #[inline]
    pub fn map_attr_at<R>(&self, i: usize, f: impl FnOnce(&Value) -> Option<R>) -> Option<R> {
        match &*self.attrs.borrow() {
            Attrs::Split(values) => values.get(i).and_then(f),
            Attrs::Dict(d) => d.borrow().get_index(i).and_then(|(_, v)| f(v)),
        }
    }

    /// `__dict__[name] = value`, in the split form while the names follow the class's order.
    pub fn store(&self, name: &Rc<Str>, value: Value) -> Stored {
        self.store_with(&StrKey::of(name), || name.clone(), value)
    }

    /// As `store`, for a name from Rust code: the name is made a `str` only if it is new.
    pub fn store_str(&self, name: &str, value: Value) -> Stored {
        self.store_with(&StrKey::new(name), || Rc::new(Str::new(name)), value)
    }

    fn store_with(&self, key: &StrKey, name: impl Fn() -> Rc<Str>, value: Value) -> Stored {
        let mut attrs = self.attrs.borrow_mut();
        let dict = match &mut *attrs {
            Attrs::Dict(d) => d.clone(),
            Attrs::Split(values) => {
                let n = values.len();
                let mut keys = self.class.shared_keys.borrow_mut();
                if let Some(i) = position(keys.get(..n).unwrap_or_default(), key) {
                    let old = std::mem::replace(&mut values[i], value);
                    return Stored {
                        index: i,
                        split: true,
                        old: Some(old),
                    };
                }
                let next = match keys.get(n) {
                    Some(k) => position(std::slice::from_ref(k), key).is_some(),
                    None if n < SHARED_KEYS_MAX => {
                        keys.push(Key::str(&name()));
                        true
                    }
                    None => false,
                };
                if next {
                    values.push(value);
                    return Stored {
                        index: n,
                        split: true,
                        old: None,
                    };
                }
                drop(keys);
                drop(attrs);
                self.dict()
            }
        };
        let mut d = dict.borrow_mut();
        if let Some((index, _, slot)) = d.get_full_mut(key) {
            let old = std::mem::replace(slot, value);
            return Stored {
                index,
                split: false,
                old: Some(old),
            };
        }
        let (index, old) = d.insert_full(Key::str(&name()), value);
        Stored {
            index,
            split: false,
            old,
        }
    }

    /// `del __dict__[key]`: the removed value, if there was one. Leaves the split form.
    pub fn remove(&self, key: &StrKey) -> Option<Value> {
        if let Attrs::Split(values) = &*self.attrs.borrow() {
            let keys = self.class.shared_keys.borrow();
            position(keys.get(..values.len())?, key)?;
        }
        let dict = self.dict();
        let removed = dict.borrow_mut().shift_remove(key);
        removed
    }
}
