//! `obj[key]`, `obj[key] = v`, `del obj[key]`: sequences by index (negative counts from the
//! end) or slice (with steps, and slice assignment), dicts by key, instances by
//! `__getitem__`/`__setitem__`/`__delitem__`.

use super::error::{ExcKind, PyErr, PyResult};
use super::object::builtin_type_name;
use super::value::Value;
use super::Vm;

/// A slice resolved against a length: start, stop, step, and how many items it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn slice_part(v: &Value, what: &str) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        _ => Err(PyErr::type_error(format!(
            "slice indices must be integers or None or have an __index__ method{what}"
        ))),
    }
}

/// CPython's `PySlice_AdjustIndices`.
pub fn resolve_slice(parts: &[Value; 3], len: usize) -> PyResult<SliceIndices> {
    let len = len as i64;
    let step = slice_part(&parts[2], "")?.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < 0 {
                        i = lo;
                    }
                } else if i >= len {
                    i = hi;
                }
                i
            }
        }
    };
    let (start, stop) = if step > 0 {
        (
            adjust(slice_part(&parts[0], "")?, 0, 0, len),
            adjust(slice_part(&parts[1], "")?, len, 0, len),
        )
    } else {
        (
            adjust(slice_part(&parts[0], "")?, len - 1, -1, len - 1),
            adjust(slice_part(&parts[1], "")?, -1, -1, len - 1),
        )
    };
    let count = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: count as usize,
    })
}

/// A sequence index: negative counts from the end; `None` when out of range.
pub fn seq_index(key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = match super::subclass::base_of(key) {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Ok(None),
        _ if what == "string" => {
            return Err(PyErr::type_error(format!(
                "string indices must be integers, not '{}'",
                builtin_type_name(key)
            )))
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "{what} indices must be integers or slices, not {}",
                builtin_type_name(key)
            )))
        }
    };
    let i = if i < 0 { i + len as i64 } else { i };
    Ok((0..len as i64).contains(&i).then_some(i as usize))
}

fn out_of_range(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, format!("{what} index out of range"))
}

impl Vm {
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                let items = l.borrow();
                if let Value::Slice(s) = key {
                    let ix = resolve_slice(s, items.len())?;
                    return Ok(Value::list(
                        ix.indices().map(|i| items[i].clone()).collect(),
                    ));
                }
                match seq_index(key, items.len(), "list")? {
                    Some(i) => Ok(items[i].clone()),
                    None => Err(out_of_range("list")),
                }
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let ix = resolve_slice(s, t.len())?;
                    return Ok(Value::tuple(ix.indices().map(|i| t[i].clone()).collect()));
                }
                match seq_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(out_of_range("tuple")),
                }
            }
            Value::Str(s) => {
                if s.is_ascii() {
                    let b = s.s.as_bytes();
                    if let Value::Slice(sl) = key {
                        let ix = resolve_slice(sl, b.len())?;
                        if ix.step == 1 {
                            let start = ix.start as usize;
                            return Ok(Value::str(&s.s[start..start + ix.len]));
                        }
                        let out: String = ix.indices().map(|i| b[i] as char).collect();
                        return Ok(Value::str(out));
                    }
                    return match seq_index(key, b.len(), "string")? {
                        Some(i) => Ok(Value::str(b[i] as char)),
                        None => Err(out_of_range("string")),
                    };
                }
                match key {
                    Value::Slice(sl) => {
                        let chars: Vec<char> = s.s.chars().collect();
                        let ix = resolve_slice(sl, chars.len())?;
                        Ok(Value::str(
                            ix.indices().map(|i| chars[i]).collect::<String>(),
                        ))
                    }
                    // One walk to count, one to the char: no vector of all the chars.
                    _ => match seq_index(key, s.char_len(), "string")? {
                        Some(i) => Ok(Value::str(s.s.chars().nth(i).unwrap_or_default())),
                        None => Err(out_of_range("string")),
                    },
                }
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let ix = resolve_slice(sl, b.len())?;
                    return Ok(Value::Bytes(std::rc::Rc::new(
                        ix.indices().map(|i| b[i]).collect(),
                    )));
                }
                match seq_index(key, b.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(out_of_range("index")),
                }
            }
            Value::ByteArray(b) => {
                let b = b.borrow();
                if let Value::Slice(sl) = key {
                    let ix = resolve_slice(sl, b.len())?;
                    return Ok(crate::builtins::bytes::new_bytearray(
                        ix.indices().map(|i| b[i]).collect(),
                    ));
                }
                match seq_index(key, b.len(), "bytearray")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(out_of_range("bytearray")),
                }
            }
            Value::BigRange(r) => crate::builtins::range::getitem(r, key),
            Value::Range(r) => {
                let len = r.len().max(0) as usize;
                if let Value::Slice(sl) = key {
                    let ix = resolve_slice(sl, len)?;
                    // As CPython: the slice's own bounds mapped through the range.
                    return Ok(Value::Range(std::rc::Rc::new(super::value::Range {
                        start: r.start + ix.start * r.step,
                        stop: r.start + ix.stop * r.step,
                        step: r.step * ix.step,
                    })));
                }
                match seq_index(key, len, "range")? {
                    Some(i) => Ok(Value::Int(r.start + i as i64 * r.step)),
                    None => Err(PyErr::new(
                        ExcKind::IndexError,
                        "range object index out of range",
                    )),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(obj, "__getitem__", vec![key.clone()])? {
                    return Ok(r);
                }
                match super::subclass::base_of(obj) {
                    Value::Instance(_) => Err(not_subscriptable(obj)),
                    base => self.dict_subscript(obj, &base.clone(), key),
                }
            }
            Value::Class(c) if c.builtin.is_some() => Ok(obj.clone()),
            _ => Err(not_subscriptable(obj)),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let new = self.assigned_items(s, &value)?;
                    let mut items = l.borrow_mut();
                    let ix = resolve_slice(s, items.len())?;
                    if ix.step == 1 {
                        let start = ix.start as usize;
                        let stop = (ix.stop.max(ix.start)) as usize;
                        items.splice(start..stop, new);
                        return Ok(());
                    }
                    if new.len() != ix.len {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            ix.len
                        )));
                    }
                    for (i, v) in ix.indices().zip(new) {
                        items[i] = v;
                    }
                    return Ok(());
                }
                let mut items = l.borrow_mut();
                let len = items.len();
                match seq_index(key, len, "list")? {
                    Some(i) => {
                        items[i] = value;
                        Ok(())
                    }
                    None => Err(PyErr::new(
                        ExcKind::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::ByteArray(b) => self.bytearray_setitem(b, key, value),
            Value::Instance(_) => {
                if self
                    .call_dunder(obj, "__setitem__", vec![key.clone(), value.clone()])?
                    .is_some()
                {
                    return Ok(());
                }
                match super::subclass::mutable_base(obj) {
                    Some(base) => self.setitem(&base, key, value),
                    None => Err(no_item_assignment(obj)),
                }
            }
            _ => Err(no_item_assignment(obj)),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                let mut items = l.borrow_mut();
                if let Value::Slice(s) = key {
                    let ix = resolve_slice(s, items.len())?;
                    let mut doomed: Vec<usize> = ix.indices().collect();
                    doomed.sort_unstable();
                    for i in doomed.into_iter().rev() {
                        items.remove(i);
                    }
                    return Ok(());
                }
                let len = items.len();
                match seq_index(key, len, "list")? {
                    Some(i) => {
                        items.remove(i);
                        Ok(())
                    }
                    None => Err(PyErr::new(
                        ExcKind::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Value::ByteArray(b) => Vm::bytearray_delitem(b, key),
            Value::Dict(d) => {
                let k = self.dict_key(d, key.clone())?;
                match d.borrow_mut().shift_remove(&k) {
                    Some(_) => Ok(()),
                    None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
                }
            }
            Value::Instance(_) => {
                if self
                    .call_dunder(obj, "__delitem__", vec![key.clone()])?
                    .is_some()
                {
                    return Ok(());
                }
                if let Some(base) = super::subclass::mutable_base(obj) {
                    return self.delitem(&base, key);
                }
                Err(PyErr::type_error(format!(
                    "'{}' object doesn't support item deletion",
                    builtin_type_name(obj)
                )))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                builtin_type_name(obj)
            ))),
        }
    }
}

impl Vm {
    /// The items of the value assigned to a slice, with CPython's message when it is not
    /// iterable (which differs for extended slices).
    pub(crate) fn assigned_items(
        &mut self,
        slice: &[Value; 3],
        value: &Value,
    ) -> PyResult<Vec<Value>> {
        let it = self.get_iter(value).map_err(|e| {
            if self.err_matches(&e, ExcKind::TypeError) {
                let extended = !matches!(slice[2], Value::None | Value::Int(1));
                PyErr::type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                })
            } else {
                e
            }
        })?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

fn not_subscriptable(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object is not subscriptable",
        builtin_type_name(obj)
    ))
}

fn no_item_assignment(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object does not support item assignment",
        builtin_type_name(obj)
    ))
}
