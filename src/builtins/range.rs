//! Ranges whose bounds do not fit in 64 bits (`range(10 ** 20)`): the VM keeps the common
//! `Range` on `i64` for speed and turns to `BigRange` only when `range()` is given a big
//! int. Both answer the same questions here — length, item, membership, slicing, reversal —
//! with CPython's results and errors (`len()` of a range longer than `sys.maxsize` is an
//! OverflowError, as in CPython).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::vm::{ExcKind, PyErr, PyResult, Range, Value};

#[derive(Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// A range value from its bounds: the `i64` form when everything fits.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        // The i64 form computes `stop - start`, so both must stay well inside i64.
        (Some(a), Some(b), Some(s)) if a.checked_sub(b).is_some() && b.checked_sub(a).is_some() => {
            Value::Range(Rc::new(Range {
                start: a,
                stop: b,
                step: s,
            }))
        }
        _ => Value::BigRange(Rc::new(BigRange { start, stop, step })),
    }
}

/// `range(...)` of one to three plain ints, without going through big integers (the common
/// `for i in range(n)`); `None` leaves everything else, errors included, to the general path.
pub fn make_small(args: &[Value]) -> Option<Value> {
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let (start, stop, step) = match args.len() {
        1 => (0, int(0)?, 1),
        2 => (int(0)?, int(1)?, 1),
        _ => (int(0)?, int(1)?, int(2)?),
    };
    // The same bounds as `make`'s i64 form.
    if step == 0 || start.checked_sub(stop).is_none() || stop.checked_sub(start).is_none() {
        return None;
    }
    Some(Value::Range(Rc::new(Range { start, stop, step })))
}

impl BigRange {
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - BigInt::one()) / step + BigInt::one()
        }
    }

    /// The item at index `i` (negative counts from the end), if in range.
    pub fn item(&self, i: &BigInt) -> Option<BigInt> {
        let len = self.len();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        (!i.is_negative() && i < len).then(|| &self.start + i * &self.step)
    }

    /// The index of `n`, if the range holds it.
    pub fn position(&self, n: &BigInt) -> Option<BigInt> {
        let inside = if self.step.is_positive() {
            *n >= self.start && *n < self.stop
        } else {
            *n <= self.start && *n > self.stop
        };
        let (q, r) = (n - &self.start).div_rem(&self.step);
        (inside && r.is_zero()).then_some(q)
    }

    /// `reversed(range)` as a range: from the last item down past the first.
    pub fn reversed(&self) -> BigRange {
        let len = self.len();
        let last = &self.start + (&len - BigInt::one()) * &self.step;
        BigRange {
            stop: &self.start - &self.step,
            start: if len.is_zero() {
                self.start.clone()
            } else {
                last
            },
            step: -&self.step,
        }
    }

    /// `r[start:stop:step]`, with CPython's slice adjustment on big bounds.
    pub fn slice(&self, parts: &[Value; 3]) -> PyResult<Value> {
        let len = self.len();
        let part = |v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None => Ok(None),
                other => crate::vm::to_big(other).map(Some).ok_or_else(|| {
                    PyErr::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        };
        let step = part(&parts[2])?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let neg = step.is_negative();
        let (lower, upper) = if neg {
            (-BigInt::one(), &len - BigInt::one())
        } else {
            (BigInt::zero(), len.clone())
        };
        let adjust = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(i) => {
                    let i = if i.is_negative() { i + &len } else { i };
                    i.clamp(lower.clone(), upper.clone())
                }
            }
        };
        let start = adjust(part(&parts[0])?, if neg { &upper } else { &lower });
        let stop = adjust(part(&parts[1])?, if neg { &lower } else { &upper });
        Ok(make(
            &self.start + start * &self.step,
            &self.start + stop * &self.step,
            &self.step * step,
        ))
    }
}

/// The bounds of any range value as big ints.
fn parts(v: &Value) -> Option<BigRange> {
    match v {
        Value::Range(r) => Some(BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        }),
        Value::BigRange(r) => Some(BigRange {
            start: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
        }),
        _ => None,
    }
}

/// `a == b` for ranges: the same items (equal lengths, and equal starts and steps as far
/// as they matter).
pub fn equal(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (parts(a), parts(b)) else {
        return false;
    };
    let (lx, ly) = (x.len(), y.len());
    lx == ly && (lx.is_zero() || (x.start == y.start && (lx.is_one() || x.step == y.step)))
}

/// `len(r)`: CPython's OverflowError when the length does not fit in a machine word.
pub fn len_of(r: &BigRange) -> PyResult<usize> {
    r.len()
        .to_usize()
        .filter(|&n| n <= i64::MAX as usize)
        .ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        })
}

/// `r[i]` for an int index.
pub fn getitem(r: &BigRange, key: &Value) -> PyResult<Value> {
    if let Value::Slice(parts) = key {
        return r.slice(parts);
    }
    let Some(i) = crate::vm::to_big(key) else {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            crate::vm::type_name(key)
        )));
    };
    r.item(&i)
        .map(Value::bigint)
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "range object index out of range"))
}

/// `x in r`: ints by arithmetic (other values by equality are rare enough to iterate).
pub fn contains(r: &BigRange, x: &Value) -> Option<bool> {
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Some(r.position(&crate::vm::to_big(x)?).is_some())
        }
        _ => None,
    }
}
