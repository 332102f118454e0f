//! printf-style `"fmt" % args`, as CPython's `PyUnicode_Format`: `%[(key)][flags][width|*]
//! [.precision|.*][length]conversion` with the conversions `s r a c d i u x X o e E f F g G %`.
//! Arguments come from a tuple, a single value, or a mapping for `%(key)s`; unused
//! positional arguments and unknown conversions are CPython's errors.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};

use super::error::{ExcKind, PyErr, PyResult};
use super::object::builtin_type_name;
use super::ops::to_big;
use super::value::Value;
use super::Vm;

/// One parsed `%` directive's flags, width and precision.
#[derive(Default)]
struct Directive {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Directive {
    /// Pads a piece of text (strings: spaces only).
    fn pad_text(&self, s: String) -> String {
        let n = s.chars().count();
        if n >= self.width {
            return s;
        }
        let fill = " ".repeat(self.width - n);
        if self.left {
            s + &fill
        } else {
            fill + &s
        }
    }

    /// Pads a number: its sign and prefix stay in front of zero padding.
    fn pad_number(&self, negative: bool, prefix: &str, digits: &str) -> String {
        let sign = if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        };
        let n = sign.len() + prefix.len() + digits.chars().count();
        if self.zero && !self.left && n < self.width {
            return format!("{sign}{prefix}{}{digits}", "0".repeat(self.width - n));
        }
        self.pad_text(format!("{sign}{prefix}{digits}"))
    }
}

/// The positional arguments of a format, and the mapping for `%(key)s`.
struct Args {
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    /// A `*` width or precision.
    fn star(&mut self) -> PyResult<i64> {
        match self.next()? {
            Value::Int(n) => Ok(n),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(PyErr::type_error("* wants int")),
        }
    }
}

pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let is_mapping = match args {
        Value::Dict(_) => true,
        Value::Instance(_) => vm.type_of(args).lookup("__getitem__").is_some(),
        _ => false,
    };
    let mut args = Args {
        items: match args {
            Value::Tuple(t) => (**t).clone(),
            other => vec![other.clone()],
        },
        next: 0,
        mapping: is_mapping.then(|| args.clone()),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut keyed = None;
        if chars.get(i) == Some(&'(') {
            let (key, end) = mapping_key(&chars, i)?;
            let Some(mapping) = args.mapping.clone() else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            keyed = Some(vm.getitem(&mapping, &Value::str(key))?);
            i = end;
        }
        let mut d = Directive::default();
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => d.left = true,
                '+' => d.plus = true,
                ' ' => d.space = true,
                '#' => d.alternate = true,
                '0' => d.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            let w = args.star()?;
            if w < 0 {
                d.left = true;
            }
            d.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            d.width = digits(&chars, &mut i);
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            d.precision = Some(if chars.get(i) == Some(&'*') {
                i += 1;
                args.star()?.max(0) as usize
            } else {
                digits(&chars, &mut i)
            });
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(PyErr::value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if !"sracdiuxXoeEfFgG".contains(conv) {
            return Err(PyErr::value_error(format!(
                "unsupported format character '{conv}' (0x{:x}) at index {}",
                conv as u32,
                i - 1
            )));
        }
        let arg = match keyed {
            Some(v) => v,
            None => args.next()?,
        };
        out.push_str(&convert(vm, conv, &arg, &d)?);
    }
    if args.mapping.is_none() && args.next < args.items.len() {
        return Err(PyErr::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The key of `%(key)s` (parentheses may nest) and the index after its `)`.
fn mapping_key(chars: &[char], open: usize) -> PyResult<(String, usize)> {
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((chars[open + 1..j].iter().collect(), j + 1));
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("incomplete format key"))
}

fn digits(chars: &[char], i: &mut usize) -> usize {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n.saturating_mul(10).saturating_add(d as usize);
        *i += 1;
    }
    n
}

fn convert(vm: &mut Vm, conv: char, arg: &Value, d: &Directive) -> PyResult<String> {
    Ok(match conv {
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => vm.str_of(arg)?,
                'r' => vm.repr(arg)?,
                _ => super::repr::ascii_escape(&vm.repr(arg)?),
            };
            let s = match d.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            d.pad_text(s)
        }
        'c' => d.pad_text(match arg {
            Value::Str(s) if s.char_len() == 1 => s.s.to_string(),
            Value::Int(n) => char::from_u32(u32::try_from(*n).unwrap_or(u32::MAX))
                .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?
                .to_string(),
            _ => return Err(PyErr::type_error("%c requires int or char")),
        }),
        'd' | 'i' | 'u' => {
            let n = match arg {
                Value::Float(f) => BigInt::from_f64(f.trunc()).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                })?,
                other => to_big(other).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        builtin_type_name(other)
                    ))
                })?,
            };
            int_body(d, &n, 10, "")
        }
        'x' | 'X' | 'o' => {
            let n = to_big(arg).ok_or_else(|| {
                PyErr::type_error(format!(
                    "%{conv} format: an integer is required, not {}",
                    builtin_type_name(arg)
                ))
            })?;
            let (radix, prefix) = match conv {
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (8, "0o"),
            };
            let s = int_body(d, &n, radix, if d.alternate { prefix } else { "" });
            if conv == 'X' {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => {
            let f = super::ops::to_f64_checked(arg)?.ok_or_else(|| {
                PyErr::type_error(format!(
                    "must be real number, not {}",
                    builtin_type_name(arg)
                ))
            })?;
            let spec = format!(
                "{}.{}{conv}",
                if d.alternate { "#" } else { "" },
                d.precision.unwrap_or(6)
            );
            let body = vm.format(&Value::Float(f.abs()), &spec)?;
            d.pad_number(f.is_sign_negative() && !f.is_nan(), "", &body)
        }
    })
}

/// An integer's digits (at least `precision` of them) padded with its sign and prefix.
fn int_body(d: &Directive, n: &BigInt, radix: u32, prefix: &str) -> String {
    let mut digits = n.abs().to_str_radix(radix);
    if let Some(p) = d.precision {
        if digits.len() < p {
            digits = "0".repeat(p - digits.len()) + &digits;
        }
    }
    d.pad_number(n.is_negative(), prefix, &digits)
}
