//! The format-spec mini-language (`format(v, spec)`, f-string fields, `str.format`),
//! for ints, floats and strings, with CPython's results (printf-style `%` is in `percent.rs`):
//! `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.

use num_bigint::BigInt;

use super::error::{PyErr, PyResult};
use super::object::builtin_type_name;
use super::ops::to_big;
use super::repr::float_repr;
use super::value::Value;
use super::Vm;

#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    /// `z`: a float that rounds to negative zero prints as positive zero.
    coerce_zero: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.coerce_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        s.precision = chars[start..i].iter().collect::<String>().parse().ok();
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(PyErr::value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// Inserts a separator every three digits of a run of digits.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (with its sign/prefix in `sign`) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let align = spec
        .align
        .unwrap_or(if spec.zero { '=' } else { default_align });
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let gap = spec.width - len;
    let fills = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", fills(gap)),
        '^' => format!("{}{sign}{body}{}", fills(gap / 2), fills(gap - gap / 2)),
        '=' => format!("{sign}{}{body}", fills(gap)),
        _ => format!("{}{sign}{body}", fills(gap)),
    }
}

fn sign_of(negative: bool, spec: &Spec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(n: &BigInt, spec: &Spec) -> PyResult<String> {
    let negative = n.sign() == num_bigint::Sign::Minus;
    let mag = n.magnitude();
    let (digits, prefix) = match spec.kind {
        None | Some('d') | Some('n') => (mag.to_str_radix(10), ""),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(n)
                .and_then(char::from_u32)
                .ok_or_else(|| {
                    PyErr::new(
                        super::ExcKind::OverflowError,
                        "%c arg not in range(0x110000)",
                    )
                })?;
            return Ok(pad(spec, "", &c.to_string(), '<'));
        }
        Some(k @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let f = num_traits::ToPrimitive::to_f64(n).unwrap_or(f64::INFINITY);
            let spec2 = Spec {
                kind: Some(k),
                ..clone_spec(spec)
            };
            return format_float(f, &spec2);
        }
        Some(k) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{k}' for object of type 'int'"
            )))
        }
    };
    let every = if matches!(spec.kind, Some('b' | 'o' | 'x' | 'X')) {
        4
    } else {
        3
    };
    let mut body = match spec.grouping {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let mut sign = sign_of(negative, spec).to_string();
    if spec.alternate {
        sign.push_str(prefix);
    }
    if spec.zero && spec.grouping.is_some() && spec.align.is_none() {
        // Zero padding also groups: 0,001,234.
        let want = spec.width.saturating_sub(sign.len());
        let raw: String = body.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let mut padded = raw.clone();
        while group(&padded, spec.grouping.unwrap_or(','), every).len() < want {
            padded.insert(0, '0');
        }
        body = group(&padded, spec.grouping.unwrap_or(','), every);
    }
    Ok(pad(spec, &sign, &body, '>'))
}

fn clone_spec(s: &Spec) -> Spec {
    Spec {
        fill: s.fill,
        align: s.align,
        sign: s.sign,
        coerce_zero: s.coerce_zero,
        alternate: s.alternate,
        zero: s.zero,
        width: s.width,
        grouping: s.grouping,
        precision: s.precision,
        kind: s.kind,
    }
}

/// `{:.Ne}` with a CPython exponent (`e+05`).
fn sci(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g`: fixed or scientific by the exponent, trailing zeros removed unless `#`.
fn general(f: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let p = prec.max(1);
    if f == 0.0 {
        return if alternate {
            format!("{:.*}", p - 1, f)
        } else if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let s = format!("{:.*e}", p - 1, f);
    let exp: i32 = s.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let mut out = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f)
    } else {
        sci(f, p - 1, upper)
    };
    if !alternate {
        let (num, exp_part) = match out.find(['e', 'E']) {
            Some(i) => (out[..i].to_string(), out[i..].to_string()),
            None => (out.clone(), String::new()),
        };
        let num = if num.contains('.') {
            num.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            num
        };
        out = num + &exp_part;
    }
    out
}

fn format_float(f: f64, spec: &Spec) -> PyResult<String> {
    let negative = f.is_sign_negative();
    let a = f.abs();
    let upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    let body = if a.is_nan() || a.is_infinite() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        if spec.kind == Some('%') {
            s + "%"
        } else {
            s
        }
    } else {
        match spec.kind {
            None => match spec.precision {
                None => float_repr(a),
                Some(p) => {
                    let g = general(a, p, false, spec.alternate);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        g + ".0"
                    }
                }
            },
            Some('f' | 'F') => format!("{:.*}", spec.precision.unwrap_or(6), a),
            Some('e' | 'E') => sci(a, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(a, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
            Some('n') => general(a, spec.precision.unwrap_or(6), false, spec.alternate),
            Some(k) => {
                return Err(PyErr::value_error(format!(
                    "Unknown format code '{k}' for object of type 'float'"
                )))
            }
        }
    };
    let body = match spec.grouping {
        Some(sep) => {
            let end = body
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(body.len());
            format!("{}{}", group(&body[..end], sep, 3), &body[end..])
        }
        None => body,
    };
    let zero = !body.chars().any(|c| c.is_ascii_digit() && c != '0');
    let negative = negative && !f.is_nan() && !(spec.coerce_zero && zero);
    let sign = sign_of(negative, spec);
    Ok(pad(spec, sign, &body, '>'))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(_) | Value::BigInt(_) => {
                let n = to_big(v).unwrap_or_default();
                let spec = parse_spec(spec)?;
                let int_kind = matches!(
                    spec.kind,
                    None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')
                );
                if spec.coerce_zero && int_kind {
                    return Err(PyErr::value_error(
                        "Negative zero coercion (z) not allowed in integer format specifier",
                    ));
                }
                format_int(&n, &spec)
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                format_int(&BigInt::from(*b as i64), &parse_spec(spec)?)
            }
            Value::Float(f) => format_float(*f, &parse_spec(spec)?),
            Value::Str(s) => {
                let spec = parse_spec(spec)?;
                if let Some(k) = spec.kind.filter(|k| *k != 's') {
                    return Err(PyErr::value_error(format!(
                        "Unknown format code '{k}' for object of type 'str'"
                    )));
                }
                if spec.sign.is_some() {
                    return Err(PyErr::value_error(
                        "Sign not allowed in string format specifier",
                    ));
                }
                if spec.coerce_zero {
                    return Err(PyErr::value_error(
                        "Negative zero coercion (z) not allowed in string format specifier",
                    ));
                }
                let body: String = match spec.precision {
                    Some(p) => s.s.chars().take(p).collect(),
                    None => s.s.to_string(),
                };
                Ok(pad(&spec, "", &body, '<'))
            }
            Value::Instance(_) => {
                if let Some(Value::Str(s)) =
                    self.call_dunder(v, "__format__", vec![Value::str(spec)])?
                {
                    return Ok(s.s.to_string());
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                if super::subclass::has_base(v) {
                    return self.format(super::subclass::base_of(v), spec);
                }
                Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    builtin_type_name(v)
                )))
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let s = self.str_of(v)?;
                let parsed = parse_spec(spec)?;
                if parsed.kind.is_some() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        builtin_type_name(v)
                    )));
                }
                Ok(pad(&parsed, "", &s, '<'))
            }
        }
    }
}
