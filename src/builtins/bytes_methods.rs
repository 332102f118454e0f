//! The methods `bytes` and `bytearray` share: decoding, hex, splitting and joining,
//! stripping, searching, replacing, case and the ASCII predicates. Each works on the
//! receiver's bytes and answers with the receiver's own type (`bytearray(b"ab").upper()` is a
//! bytearray). Case and whitespace are ASCII-only, as in CPython.

use std::borrow::Cow;
use std::rc::Rc;

use super::bytes::{byte_of, bytes_like, find, new_bytearray};
use super::{check_args, int_arg, take_kw, Kwargs};
use crate::vm::{Builtin, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find_method),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
    ];
    for b in [Builtin::Bytes, Builtin::ByteArray] {
        for &(name, f) in methods {
            super::def_method(vm, b, name, f);
        }
        let fromhex = Value::ClassMethod(Rc::new(super::native("fromhex", fromhex)));
        crate::vm::set_class_attr(vm.class(b), "fromhex", fromhex);
    }
}

/// The receiver's bytes.
fn data<'a>(args: &'a [Value], name: &str) -> PyResult<Cow<'a, [u8]>> {
    args.first().and_then(Value::byte_data).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to this object"
        ))
    })
}

/// A result of the receiver's type.
fn like(receiver: &Value, v: Vec<u8>) -> Value {
    match receiver {
        Value::ByteArray(_) => new_bytearray(v),
        _ => Value::Bytes(Rc::new(v)),
    }
}

fn like_list(receiver: &Value, parts: Vec<&[u8]>) -> Value {
    Value::list(
        parts
            .into_iter()
            .map(|p| like(receiver, p.to_vec()))
            .collect(),
    )
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn decode(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "decode")?;
    check_args("decode", &args[1..], &Vec::new(), 0, 2)?;
    let (encoding, errors) = super::codecs::codec_args("decode", &args[1..], &mut kwargs)?;
    let s = super::codecs::decode(&d, encoding.as_deref(), errors.as_deref())?;
    Ok(Value::str(s))
}

/// `b.hex(sep, bytes_per_sep)`: groups count from the right, or from the left when negative.
fn hex(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "hex")?;
    let sep = args.get(1).cloned().or_else(|| take_kw(&mut kwargs, "sep"));
    let per = args
        .get(2)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "bytes_per_sep"));
    check_args("hex", &args[1..], &kwargs, 0, 2)?;
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(Value::str(digits.concat()));
    };
    let sep = match &sep {
        Value::Str(s) if s.char_len() == 1 => s.s.to_string(),
        Value::Bytes(b) if b.len() == 1 => (b[0] as char).to_string(),
        _ => return Err(PyErr::value_error("sep must be length 1.")),
    };
    let per = match per {
        Some(v) => int_arg(&v, "")?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(Value::str(groups.join(&sep)))
}

fn fromhex(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("fromhex", args, &kwargs, 2, 2)?;
    let s = super::str_arg(&args[1], "fromhex", "")?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let bytearray = matches!(&args[0], Value::Class(c) if c.builtin == Some(Builtin::ByteArray));
    Ok(if bytearray {
        new_bytearray(out)
    } else {
        Value::Bytes(Rc::new(out))
    })
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(
    args: &[Value],
    kwargs: &mut Kwargs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    let sep = args.get(1).cloned().or_else(|| take_kw(kwargs, "sep"));
    let max = args.get(2).cloned().or_else(|| take_kw(kwargs, "maxsplit"));
    check_args(name, &args[1..], kwargs, 0, 2)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_like(&v)?.into_owned()),
    };
    if sep.as_deref() == Some(&[]) {
        return Err(PyErr::value_error("empty separator"));
    }
    let max = match max {
        Some(v) => int_arg(&v, "")?,
        None => -1,
    };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "split")?;
    let (sep, limit) = split_args(args, &mut kwargs, "split")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &[u8] = &d;
            while parts.len() < limit {
                match find(rest, &sep) {
                    Some(i) => {
                        parts.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut rest: &[u8] = &d;
            loop {
                let start = rest
                    .iter()
                    .position(|&b| !is_space(b))
                    .unwrap_or(rest.len());
                rest = &rest[start..];
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    // The unsplit rest keeps its trailing whitespace, as in CPython.
                    parts.push(rest);
                    break;
                }
                let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = &rest[end..];
            }
        }
    }
    Ok(like_list(&args[0], parts))
}

fn rsplit(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "rsplit")?;
    let (sep, limit) = split_args(args, &mut kwargs, "rsplit")?;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest: &[u8] = &d;
    match sep {
        Some(sep) => {
            while parts.len() < limit {
                let at = rest.windows(sep.len()).rposition(|w| w == &sep[..]);
                match at {
                    Some(i) => {
                        parts.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => loop {
            let end = rest
                .iter()
                .rposition(|&b| !is_space(b))
                .map_or(0, |i| i + 1);
            rest = &rest[..end];
            if rest.is_empty() {
                break;
            }
            if parts.len() == limit {
                parts.push(rest);
                break;
            }
            let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
            parts.push(&rest[start..]);
            rest = &rest[..start];
        },
    }
    parts.reverse();
    Ok(like_list(&args[0], parts))
}

fn join(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let sep = data(args, "join")?.into_owned();
    check_args("join", &args[1..], &kwargs, 1, 1)?;
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = item.byte_data() else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                crate::vm::type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(&args[0], out))
}

fn strip_impl(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 0, 1)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_like(v)?.into_owned()),
    };
    let strip = |b: &u8| match &chars {
        Some(c) => c.contains(b),
        None => is_space(*b),
    };
    let mut s: &[u8] = &d;
    if left {
        let i = s.iter().position(|b| !strip(b)).unwrap_or(s.len());
        s = &s[i..];
    }
    if right {
        let j = s.iter().rposition(|b| !strip(b)).map_or(0, |j| j + 1);
        s = &s[..j];
    }
    Ok(like(&args[0], s.to_vec()))
}

fn strip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, &kwargs, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, &kwargs, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, &kwargs, "rstrip", false, true)
}

/// The `start`/`end` arguments at `args[i..]`, adjusted as slice bounds.
fn bounds(args: &[Value], i: usize, len: usize) -> PyResult<(usize, usize)> {
    let adjust = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = int_arg(
                    v,
                    "slice indices must be integers or None or have an __index__ method",
                )?;
                let n = if n < 0 { n + len as i64 } else { n };
                Ok(n.clamp(0, len as i64) as usize)
            }
        }
    };
    Ok((adjust(args.get(i), 0)?, adjust(args.get(i + 1), len)?))
}

fn affix(args: &[Value], kwargs: &Kwargs, name: &str, at_end: bool) -> PyResult<Value> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 1, 3)?;
    let (start, end) = bounds(args, 2, d.len())?;
    if start > end {
        return Ok(Value::Bool(false));
    }
    let window = &d[start..end];
    let test = |p: &[u8]| {
        if at_end {
            window.ends_with(p)
        } else {
            window.starts_with(p)
        }
    };
    let candidates: Vec<Value> = match &args[1] {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for c in &candidates {
        let Some(p) = c.byte_data() else {
            return Err(PyErr::type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                crate::vm::type_name(c)
            )));
        };
        if test(&p) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix(args, &kwargs, "startswith", false)
}

fn endswith(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix(args, &kwargs, "endswith", true)
}

/// A search's needle: bytes, or an int standing for one byte.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    match v.byte_data() {
        Some(b) => Ok(b.into_owned()),
        None if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            Ok(vec![byte_of(v)?])
        }
        None => Err(PyErr::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            crate::vm::type_name(v)
        ))),
    }
}

/// Position of the needle in the receiver's `[start:end]`, from the left or the right.
fn search(args: &[Value], kwargs: &Kwargs, name: &str, right: bool) -> PyResult<Option<usize>> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 1, 3)?;
    let n = needle(&args[1])?;
    let (start, end) = bounds(args, 2, d.len())?;
    if start > end || end - start < n.len() {
        return Ok(None);
    }
    let window = &d[start..end];
    let at = if right {
        if n.is_empty() {
            Some(window.len())
        } else {
            window.windows(n.len()).rposition(|w| w == &n[..])
        }
    } else {
        find(window, &n)
    };
    Ok(at.map(|i| i + start))
}

fn found(at: Option<usize>) -> Value {
    Value::Int(at.map_or(-1, |i| i as i64))
}

fn find_method(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    Ok(found(search(args, &kwargs, "find", false)?))
}

fn rfind(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    Ok(found(search(args, &kwargs, "rfind", true)?))
}

fn index(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match search(args, &kwargs, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("subsection not found")),
    }
}

fn rindex(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match search(args, &kwargs, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("subsection not found")),
    }
}

fn count(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "count")?;
    check_args("count", &args[1..], &kwargs, 1, 3)?;
    let n = needle(&args[1])?;
    let (start, end) = bounds(args, 2, d.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let window = &d[start..end];
    if n.is_empty() {
        return Ok(Value::Int(window.len() as i64 + 1));
    }
    let (mut k, mut i) = (0, 0);
    while let Some(j) = find(&window[i..], &n) {
        k += 1;
        i += j + n.len();
    }
    Ok(Value::Int(k))
}

fn replace(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "replace")?;
    check_args("replace", &args[1..], &kwargs, 2, 3)?;
    let (old, new) = (bytes_like(&args[1])?, bytes_like(&args[2])?);
    let limit = match args.get(3) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(d.len());
    let mut rest: &[u8] = &d;
    let mut done = 0;
    if old.is_empty() {
        // An empty pattern matches between every byte, and at both ends.
        while done < limit {
            out.extend_from_slice(&new);
            done += 1;
            match rest.split_first() {
                Some((&b, tail)) => {
                    out.push(b);
                    rest = tail;
                }
                None => break,
            }
        }
        out.extend_from_slice(rest);
        return Ok(like(&args[0], out));
    }
    while done < limit {
        match find(rest, &old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(like(&args[0], out))
}

fn map_bytes(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 0, 0)?;
    Ok(like(&args[0], f(&d)))
}

fn upper(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_bytes(args, &kwargs, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_bytes(args, &kwargs, "lower", <[u8]>::to_ascii_lowercase)
}

fn swapcase(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_bytes(args, &kwargs, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_bytes(args, &kwargs, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_bytes(args, &kwargs, "title", |d| {
        let mut previous_cased = false;
        d.iter()
            .map(|&b| {
                let out = if previous_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 0, 0)?;
    Ok(Value::Bool(f(&d)))
}

fn isdigit(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isalpha(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isalnum(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

fn isupper(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn partition_impl(args: &[Value], kwargs: &Kwargs, name: &str, right: bool) -> PyResult<Value> {
    let d = data(args, name)?;
    check_args(name, &args[1..], kwargs, 1, 1)?;
    let sep = bytes_like(&args[1])?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let at = if right {
        d.windows(sep.len()).rposition(|w| w == &sep[..])
    } else {
        find(&d, &sep)
    };
    let r = &args[0];
    let parts = match at {
        Some(i) => [&d[..i], &sep[..], &d[i + sep.len()..]],
        None if right => [&[][..], &[][..], &d[..]],
        None => [&d[..], &[][..], &[][..]],
    };
    Ok(Value::tuple(
        parts.iter().map(|p| like(r, p.to_vec())).collect(),
    ))
}

fn partition(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_impl(args, &kwargs, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_impl(args, &kwargs, "rpartition", true)
}

fn splitlines(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "splitlines")?;
    let keep = args
        .get(1)
        .cloned()
        .or_else(|| take_kw(&mut kwargs, "keepends"));
    check_args("splitlines", &args[1..], &kwargs, 0, 1)?;
    let keep =
        matches!(keep, Some(Value::Bool(true))) || matches!(keep, Some(Value::Int(n)) if n != 0);
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let eol = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        parts.push(&d[start..if keep { i + eol } else { i }]);
        i += eol;
        start = i;
    }
    if start < d.len() {
        parts.push(&d[start..]);
    }
    Ok(like_list(&args[0], parts))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "removeprefix")?;
    check_args("removeprefix", &args[1..], &kwargs, 1, 1)?;
    let p = bytes_like(&args[1])?;
    Ok(like(
        &args[0],
        d.strip_prefix(&p[..]).unwrap_or(&d).to_vec(),
    ))
}

fn removesuffix(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "removesuffix")?;
    check_args("removesuffix", &args[1..], &kwargs, 1, 1)?;
    let p = bytes_like(&args[1])?;
    Ok(like(
        &args[0],
        d.strip_suffix(&p[..]).unwrap_or(&d).to_vec(),
    ))
}

/// `width` and the one-byte `fillbyte` of the padding methods.
fn pad_args(args: &[Value], kwargs: &Kwargs, name: &str) -> PyResult<(usize, u8)> {
    check_args(name, &args[1..], kwargs, 1, 2)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match v.byte_data() {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    crate::vm::type_name(v)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn padded(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    left_share: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let d = data(args, name)?;
    let (width, fill) = pad_args(args, kwargs, name)?;
    let total = width.saturating_sub(d.len());
    let left = left_share(total, width);
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat_n(fill, total - left));
    Ok(like(&args[0], out))
}

fn center(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    padded(args, &kwargs, "center", |total, width| {
        total / 2 + (total & width & 1)
    })
}

fn ljust(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    padded(args, &kwargs, "ljust", |_, _| 0)
}

fn rjust(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    padded(args, &kwargs, "rjust", |total, _| total)
}

fn zfill(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = data(args, "zfill")?;
    check_args("zfill", &args[1..], &kwargs, 1, 1)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let total = width.saturating_sub(d.len());
    let (sign, digits) = match d.first() {
        Some(&s @ (b'+' | b'-')) => (vec![s], &d[1..]),
        _ => (Vec::new(), &d[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat_n(b'0', total));
    out.extend_from_slice(digits);
    Ok(like(&args[0], out))
}
