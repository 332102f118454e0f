//! The value of a literal mapping-pattern key, as CPython's constant folding leaves it, so
//! duplicate keys are found by Python's `==` (`1`, `1.0`, `True` and `1+0j` are one key) and
//! named with Python's `repr` (`'a'`, `1e+100`, `(-0-2j)`). Takes a key expression; gives
//! `None` for keys that are not constants (attribute lookups, which CPython never compares).
//!
//! Invariant: two keys compare equal exactly when the Python values would, and a key's text is
//! what `repr` prints for the folded value, signed zeros included.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::ast::{BinOp, Constant, Expr, ExprKind, Int, UnaryOp};

/// A folded constant key and its `repr`.
pub(super) struct Key {
    value: Value,
    pub(super) repr: String,
}

#[derive(PartialEq)]
enum Value {
    None,
    Ellipsis,
    Str(String),
    Bytes(Vec<u8>),
    Number(Number),
}

/// Every numeric key as `re + im·j`: an `int` (or `bool`) key has an exact integer part.
struct Number {
    re: Real,
    im: f64,
}

enum Real {
    Int(BigInt),
    Float(f64),
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.im == other.im && self.re == other.re
    }
}

impl PartialEq for Real {
    /// Python compares an `int` with a `float` exactly, not by rounding the `int`.
    fn eq(&self, other: &Real) -> bool {
        match (self, other) {
            (Real::Int(a), Real::Int(b)) => a == b,
            (Real::Float(a), Real::Float(b)) => a == b,
            (Real::Int(i), Real::Float(f)) | (Real::Float(f), Real::Int(i)) => {
                f.fract() == 0.0 && BigInt::from_f64(*f).is_some_and(|f| &f == i)
            }
        }
    }
}

impl Key {
    pub(super) fn same_value(&self, other: &Key) -> bool {
        self.value == other.value
    }

    /// The folded constant `key` stands for, or `None` for an attribute lookup.
    pub(super) fn of(key: &Expr) -> Option<Key> {
        match &key.kind {
            ExprKind::Constant(c) => Some(constant(c)),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => {
                let Value::Number(n) = Key::of(operand)?.value else {
                    return None;
                };
                let imaginary = matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_)));
                let re = match n.re {
                    Real::Int(i) => Real::Int(-i),
                    Real::Float(f) => Real::Float(-f),
                };
                // A real number's imaginary part stays `+0`; only a complex is negated whole.
                let im = if imaginary { -n.im } else { 0.0 };
                Some(number(Number { re, im }, !imaginary))
            }
            // `real ± imaginary`: Python turns the real part into a complex and adds, so the
            // zeros get the signs of float arithmetic.
            ExprKind::BinOp { left, op, right } => {
                let (Value::Number(l), Value::Number(r)) =
                    (Key::of(left)?.value, Key::of(right)?.value)
                else {
                    return None;
                };
                let re = l.re.to_f64();
                let r_re = r.re.to_f64();
                let n = match op {
                    BinOp::Add => Number {
                        re: Real::Float(re + r_re),
                        im: l.im + r.im,
                    },
                    BinOp::Sub => Number {
                        re: Real::Float(re - r_re),
                        im: l.im - r.im,
                    },
                    _ => return None,
                };
                Some(number(n, false))
            }
            _ => None,
        }
    }
}

impl Real {
    fn to_f64(&self) -> f64 {
        match self {
            Real::Int(i) => i.to_f64().unwrap_or(f64::INFINITY),
            Real::Float(f) => *f,
        }
    }
}

fn constant(c: &Constant) -> Key {
    let (value, repr) = match c {
        Constant::None => (Value::None, "None".to_string()),
        Constant::Ellipsis => (Value::Ellipsis, "Ellipsis".to_string()),
        Constant::Bool(b) => {
            let n = Number {
                re: Real::Int(BigInt::from(u8::from(*b))),
                im: 0.0,
            };
            let repr = if *b { "True" } else { "False" };
            (Value::Number(n), repr.to_string())
        }
        Constant::Int(i) => {
            let i = match i {
                Int::Small(i) => BigInt::from(*i),
                Int::Big(i) => i.clone(),
            };
            return number(
                Number {
                    re: Real::Int(i),
                    im: 0.0,
                },
                true,
            );
        }
        Constant::Float(f) => {
            return number(
                Number {
                    re: Real::Float(*f),
                    im: 0.0,
                },
                true,
            )
        }
        Constant::Imaginary(f) => {
            return number(
                Number {
                    re: Real::Float(0.0),
                    im: *f,
                },
                false,
            )
        }
        Constant::Str(s) => (Value::Str(s.clone()), str_repr(s)),
        Constant::Bytes(b) => (Value::Bytes(b.clone()), bytes_repr(b)),
    };
    Key { value, repr }
}

/// A numeric key; `real` says whether Python holds it as an `int`/`float` rather than a
/// `complex` (which prints differently).
fn number(n: Number, real: bool) -> Key {
    let repr = match (&n.re, real) {
        (Real::Int(i), _) => i.to_string(),
        (Real::Float(f), true) => float_repr(*f, true),
        (Real::Float(re), false) => complex_repr(*re, n.im),
    };
    Key {
        value: Value::Number(n),
        repr,
    }
}

/// `repr(complex)`: `2j` when the real part is `+0`, else `(re±imj)`, parts without `.0`.
fn complex_repr(re: f64, im: f64) -> String {
    let im_text = float_repr(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_text}j");
    }
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", float_repr(re, false))
}

/// `repr(float)`: the shortest digits that read back the same, written out in full when the
/// decimal point falls within 16 places and in `1e+100` form otherwise; `add_dot_0` gives
/// whole numbers their `.0` (a complex's parts go without).
fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let decpt = exp + 1;
    if !(-4 < decpt && decpt <= 16) {
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{dot}{rest}e{exp_sign}{:02}", exp.abs());
    }
    let len = digits.len() as i32;
    let body = if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= len {
        let zeros = "0".repeat((decpt - len) as usize);
        let dot0 = if add_dot_0 { ".0" } else { "" };
        format!("{digits}{zeros}{dot0}")
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{body}")
}

/// `'` quotes unless the text holds a `'` and no `"`, as Python chooses.
fn quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn str_repr(s: &str) -> String {
    let q = quote(s.contains('\''), s.contains('"'));
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            // Python escapes every non-printable character; control characters and
            // separators other than the space are the ones a key is likely to hold.
            c if c.is_control() || (c.is_whitespace() && c != ' ') => {
                let n = u32::from(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let q = quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = format!("b{q}");
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            byte if char::from(byte) == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(char::from(byte)),
            byte => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(q);
    out
}

#[cfg(test)]
mod tests {
    use super::{complex_repr, float_repr, str_repr};

    #[test]
    fn reprs_are_pythons() {
        let floats = [
            (1.0, "1.0"),
            (1.5, "1.5"),
            (1e100, "1e+100"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1.25e-7, "1.25e-07"),
            (123.456, "123.456"),
        ];
        for (f, text) in floats {
            assert_eq!(float_repr(f, true), text);
        }
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -2.0), "(-0-2j)");
        assert_eq!(complex_repr(1.0, 2.5), "(1+2.5j)");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\"b'"), "'a\"b\\''");
        assert_eq!(str_repr("a\u{0}"), "'a\\x00'");
    }
}
