//! `str.encode` and `bytes.decode` for the codecs programs use — UTF-8, ASCII and Latin-1 —
//! with the `strict`, `replace`, `ignore` and `backslashreplace` error handlers. A failure
//! under `strict` is CPython's `UnicodeEncodeError`/`UnicodeDecodeError`, with the same
//! positions and reasons (UTF-8 errors span CPython's "maximal subpart", as Rust's do).

use std::rc::Rc;

use super::{take_kw, Kwargs};
use crate::vm::{ExcKind, PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn lookup(name: &str) -> PyResult<Codec> {
        let norm = name.to_ascii_lowercase().replace(['-', ' '], "_");
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Codec::Latin1,
            _ => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    /// The name CPython reports in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The highest code point the codec encodes.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x7f,
            Codec::Latin1 => 0xff,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
}

impl Handler {
    fn lookup(name: &str) -> PyResult<Handler> {
        Ok(match name {
            "strict" => Handler::Strict,
            "replace" => Handler::Replace,
            "ignore" => Handler::Ignore,
            "backslashreplace" => Handler::BackslashReplace,
            _ => {
                return Err(PyErr::new(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{name}'"),
                ))
            }
        })
    }
}

/// The `encoding` and `errors` arguments (positional after the receiver, or by keyword).
pub fn codec_args(
    fname: &str,
    args: &[Value],
    kwargs: &mut Kwargs,
) -> PyResult<(Option<String>, Option<String>)> {
    let encoding = args
        .first()
        .cloned()
        .or_else(|| take_kw(kwargs, "encoding"));
    let errors = args.get(1).cloned().or_else(|| take_kw(kwargs, "errors"));
    super::no_more_kwargs(fname, kwargs)?;
    let as_str = |v: Option<Value>, which: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.s.to_string())),
            Some(other) => Err(PyErr::type_error(format!(
                "{fname}() argument '{which}' must be str, not {}",
                crate::vm::type_name(&other)
            ))),
        }
    };
    Ok((as_str(encoding, "encoding")?, as_str(errors, "errors")?))
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding.unwrap_or("utf-8"))?;
    // CPython looks the handler up only when an error needs it.
    let handler = || Handler::lookup(errors.unwrap_or("strict"));
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let n = chars[i] as u32;
        if n <= codec.limit() {
            out.push(n as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode.
        let end = (i..chars.len())
            .find(|&j| chars[j] as u32 <= codec.limit())
            .unwrap_or(chars.len());
        match handler()? {
            Handler::Strict => {
                let reason = format!("ordinal not in range({})", codec.limit() + 1);
                return Err(PyErr::with_args(
                    ExcKind::UnicodeEncodeError,
                    vec![
                        Value::str(codec.name()),
                        Value::str(s),
                        Value::Int(i as i64),
                        Value::Int(end as i64),
                        Value::str(reason),
                    ],
                ));
            }
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend(crate::vm::ascii_escape(&c.to_string()).bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> PyResult<String> {
    let codec = Codec::lookup(encoding.unwrap_or("utf-8"))?;
    // CPython looks the handler up only when an error needs it.
    let handler = || Handler::lookup(errors.unwrap_or("strict"));
    match codec {
        Codec::Latin1 => return Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii if b.is_ascii() => return Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut pos = 0;
    loop {
        // The longest valid prefix, and the bad span after it (start, end, reason).
        let (valid, bad) = match codec {
            Codec::Ascii => match rest.iter().position(|&x| x >= 0x80) {
                None => (rest.len(), None),
                Some(i) => (i, Some((i, i + 1, "ordinal not in range(128)"))),
            },
            _ => match std::str::from_utf8(rest) {
                Ok(_) => (rest.len(), None),
                Err(e) => {
                    let i = e.valid_up_to();
                    let bad = match e.error_len() {
                        None => (i, rest.len(), "unexpected end of data"),
                        Some(n) => {
                            let first = rest[i];
                            let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            (i, i + n, reason)
                        }
                    };
                    (i, Some(bad))
                }
            },
        };
        out.push_str(&String::from_utf8_lossy(&rest[..valid]));
        let Some((start, end, reason)) = bad else {
            return Ok(out);
        };
        match handler()? {
            Handler::Strict => {
                return Err(PyErr::with_args(
                    ExcKind::UnicodeDecodeError,
                    vec![
                        Value::str(codec.name()),
                        Value::Bytes(Rc::new(b.to_vec())),
                        Value::Int((pos + start) as i64),
                        Value::Int((pos + end) as i64),
                        Value::str(reason),
                    ],
                ))
            }
            Handler::Replace => out.push('\u{fffd}'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &x in &rest[start..end] {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
        }
        pos += end;
        rest = &rest[end..];
    }
}
