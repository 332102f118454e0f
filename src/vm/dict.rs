//! Dict and set keys. A `Key` is a hashable value with its Python hash computed once when it is
//! made, so the map's hasher only passes that number through. Equality of keys is Python's
//! `==` for the built-in types (`1`, `1.0` and `True` are one key) and identity for other
//! objects. Invariant: a `Key` only exists for a hashable value (`Key::new` checks).

use std::hash::{BuildHasherDefault, Hash, Hasher};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::error::{ExcKind, PyErr, PyResult};
use super::ops::eq_builtin;
use super::value::Value;

/// Passes a precomputed hash through.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type BuildKeyHasher = BuildHasherDefault<KeyHasher>;
pub use super::dictmap::Dict;

#[derive(Clone, Debug)]
pub struct Key {
    hash: u64,
    pub value: Value,
}

impl Key {
    pub fn new(value: Value) -> PyResult<Key> {
        let hash = hash_value(&value)?;
        Ok(Key { hash, value })
    }

    /// A string key (always hashable).
    pub fn str(s: &std::rc::Rc<super::value::Str>) -> Key {
        Key {
            hash: s.hash(),
            value: Value::Str(s.clone()),
        }
    }

    pub fn hash(&self) -> u64 {
        self.hash
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.hash == other.hash && same_key(&self.value, &other.value)
    }
}

/// Key equality once the hashes matched: strs (nearly every key) compared inline.
#[inline(always)]
fn same_key(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.s == y.s,
        _ => a.is(b) || eq_builtin(a, b),
    }
}

/// A borrowed built-in value looking for its entry: what a `Key` made from it would find,
/// without cloning the value into one (`d[k]`, `d.get(k)`, `k in d`, `d[k] = v` on a key
/// already there). Only for values whose key is `Key::new`'s (not instances: `key_among`).
struct ValueKey<'a> {
    hash: u64,
    value: &'a Value,
}

impl Hash for ValueKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl indexmap::Equivalent<Key> for ValueKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        key.hash == self.hash && same_key(self.value, &key.value)
    }
}

impl Eq for Key {}

/// CPython's modulus for numeric hashes (2**61 - 1), so `hash(n)` prints what CPython prints.
const MODULUS: i64 = (1 << 61) - 1;

pub fn hash_int(n: i64) -> i64 {
    let h = if n >= 0 {
        n % MODULUS
    } else {
        -((-(n as i128) % MODULUS as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (n.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if n.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 {
        if f.abs() < 9.2e18 {
            return hash_int(f as i64);
        }
        if let Some(n) = <BigInt as num_traits::FromPrimitive>::from_f64(f) {
            return hash_bigint(&n);
        }
    }
    // CPython's `_Py_HashDouble`: the value modulo 2**61 - 1, 28 bits of mantissa at a time
    // (`random.seed(3.5)` seeds from this hash, so it must be CPython's).
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(f);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp` for a finite float: `f = m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Python's `hash()` of a built-in hashable value; TypeError for the unhashable ones. A
/// str's (nearly every key's) is read inline: it is remembered in the str.
#[inline]
pub fn hash_value(v: &Value) -> PyResult<u64> {
    match v {
        Value::Str(s) => Ok(s.hash()),
        _ => hash_other(v),
    }
}

#[inline(never)]
fn hash_other(v: &Value) -> PyResult<u64> {
    Ok(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as u64,
        Value::Int(n) => hash_int(*n) as u64,
        Value::BigInt(n) => hash_bigint(n) as u64,
        Value::Float(f) => hash_float(*f) as u64,
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => {
            let mut h: u64 = 0x100;
            for &x in b.iter() {
                h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
            }
            h
        }
        Value::Tuple(items) => {
            // CPython's xxHash-based tuple hash (`tuplehash`), so `hash((1, 2))` agrees.
            const PRIME_1: u64 = 11_400_714_785_074_694_791;
            const PRIME_2: u64 = 14_029_467_366_897_019_727;
            const PRIME_5: u64 = 2_870_177_450_012_600_261;
            let mut acc = PRIME_5;
            super::check_stack()?;
            for item in items.iter() {
                let lane = hash_value(item)?;
                acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
                acc = acc.rotate_left(31).wrapping_mul(PRIME_1);
            }
            acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3_527_539));
            if acc == u64::MAX {
                1_546_275_796
            } else {
                acc
            }
        }
        Value::Set(s) if s.frozen => {
            let mut acc: u64 = 0;
            for k in s.items.borrow().iter() {
                acc ^= k.hash().wrapping_mul(0x9e37_79b1_85eb_ca87);
            }
            acc
        }
        Value::Range(r) => {
            (r.start as u64).wrapping_mul(31) ^ (r.stop as u64).wrapping_mul(17) ^ r.step as u64
        }
        Value::Ellipsis | Value::NotImplemented => 0x1234_5678,
        // Consistent with `==` (same function bound to the same object).
        Value::BoundMethod(m) => {
            let identity = |v: &Value| {
                v.heap_ptr()
                    .map_or_else(|| hash_value(v).unwrap_or(0), |p| (p >> 4) as u64)
            };
            identity(&m.receiver) ^ identity(&m.func)
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return Err(PyErr::new(
                ExcKind::TypeError,
                format!("unhashable type: '{}'", super::object::builtin_type_name(v)),
            ))
        }
        other => other.heap_ptr().map_or(0, |p| (p >> 4) as u64),
    })
}

/// A borrowed string that finds a `Key` without allocating one (attribute and global lookups).
pub struct StrKey<'a> {
    pub s: &'a str,
    pub hash: u64,
    /// The interned string this key came from, if any: a pointer match skips the compare.
    ptr: *const super::value::Str,
}

impl<'a> StrKey<'a> {
    /// A key for a string; `const` so special-method names hash at compile time.
    pub const fn new(s: &'a str) -> StrKey<'a> {
        StrKey {
            s,
            hash: super::value::str_hash(s),
            ptr: std::ptr::null(),
        }
    }

    pub fn of(s: &'a super::value::Str) -> StrKey<'a> {
        StrKey {
            s: &s.s,
            hash: s.hash(),
            ptr: s,
        }
    }
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        key.hash == self.hash
            && matches!(&key.value, Value::Str(s) if std::ptr::eq(&**s, self.ptr) || s.s == self.s)
    }
}

/// Where a built-in `key` (not an instance: see `key_among`) sits in `map`, found by its
/// hash and `same_key` without making a `Key` (the index, then the entry: fewer calls
/// than `IndexMap::get`'s layers on a dict lookup's hot path).
#[inline]
fn index_of(map: &Dict, key: &Value) -> PyResult<Option<usize>> {
    let probe = ValueKey {
        hash: hash_value(key)?,
        value: key,
    };
    Ok(map.get_index_of(&probe))
}

/// Keys whose equality is the class's own `__eq__`: instances with a Python `__hash__`. A
/// `Key` compares those by identity, so before a lookup or insert the VM swaps the value for
/// the equal key already in the map (found by `__eq__` among the keys with the same hash).
impl super::Vm {
    fn key_among(&mut self, v: Value, candidates: impl FnOnce(u64) -> Vec<Key>) -> PyResult<Key> {
        let Value::Instance(inst) = &v else {
            return Key::new(v);
        };
        let hash_fn = match inst.class.lookup("__hash__") {
            Some(Value::None) => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("unhashable type: '{}'", inst.class.name),
                ))
            }
            Some(f @ Value::Function(_)) => f,
            // A subclass of a hashable built-in type hashes (and compares, see
            // `eq_builtin`) as the value it is: `Name("a")` finds the key `"a"`.
            _ => match &inst.base {
                Some(base) => {
                    let hash = hash_value(base)?;
                    return Ok(Key { hash, value: v });
                }
                None => return Key::new(v),
            },
        };
        let h = match self.call(&hash_fn, vec![v.clone()], vec![])? {
            Value::Int(n) => hash_int(n) as u64,
            Value::Bool(b) => b as u64,
            Value::BigInt(n) => hash_bigint(&n) as u64,
            _ => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "__hash__ method should return an integer",
                ))
            }
        };
        for k in candidates(h) {
            if k.value.is(&v) || self.eq(&k.value, &v)? {
                return Ok(k);
            }
        }
        Ok(Key { hash: h, value: v })
    }

    /// The key for `v` in a dict (see `key_among`).
    pub fn dict_key(&mut self, d: &std::cell::RefCell<Dict>, v: Value) -> PyResult<Key> {
        self.key_among(v, |h| same_hash(d.borrow().keys(), h))
    }

    /// `d[key]` if present: `None` for a missing key.
    pub fn dict_get(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        if !matches!(key, Value::Instance(_)) {
            let map = d.borrow();
            return Ok(index_of(&map, key)?.map(|i| map[i].clone()));
        }
        let k = self.dict_key(d, key.clone())?;
        let found = d.borrow().get(&k).cloned();
        Ok(found)
    }

    /// `key in d`.
    pub fn dict_contains(&mut self, d: &std::cell::RefCell<Dict>, key: &Value) -> PyResult<bool> {
        if !matches!(key, Value::Instance(_)) {
            let probe = ValueKey {
                hash: hash_value(key)?,
                value: key,
            };
            return Ok(d.borrow().contains_key(&probe));
        }
        let k = self.dict_key(d, key.clone())?;
        let found = d.borrow().contains_key(&k);
        Ok(found)
    }

    /// `d[key] = value`. A key already there keeps its entry (CPython keeps the first key
    /// object too) and only the value is replaced, with no `Key` made.
    pub fn dict_set(
        &mut self,
        d: &std::cell::RefCell<Dict>,
        key: &Value,
        value: Value,
    ) -> PyResult<()> {
        let k = if !matches!(key, Value::Instance(_)) {
            let hash = hash_value(key)?;
            let mut map = d.borrow_mut();
            if let Some(i) = map.get_index_of(&ValueKey { hash, value: key }) {
                let old = std::mem::replace(&mut map[i], value);
                // The old value's destructor runs with the dict released.
                drop(map);
                drop(old);
                return Ok(());
            }
            Key {
                hash,
                value: key.clone(),
            }
        } else {
            self.dict_key(d, key.clone())?
        };
        let old = d.borrow_mut().insert(k, value);
        drop(old);
        Ok(())
    }

    /// The key for `v` in a dict being built.
    pub fn map_key(&mut self, d: &Dict, v: Value) -> PyResult<Key> {
        self.key_among(v, |h| same_hash(d.keys(), h))
    }

    /// The key for `v` in a set.
    pub fn set_key(&mut self, s: &super::value::SetObj, v: Value) -> PyResult<Key> {
        self.key_among(v, |h| same_hash(s.items.borrow().iter(), h))
    }
}

fn same_hash<'k>(keys: impl Iterator<Item = &'k Key>, h: u64) -> Vec<Key> {
    keys.filter(|k| k.hash == h).cloned().collect()
}
