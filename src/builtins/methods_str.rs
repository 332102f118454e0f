//! The methods of `str` (and the few of `bytes`): splitting, joining, stripping, searching,
//! case, padding, predicates, `format`. Indexes are in characters, as in Python.

use std::rc::Rc;

use super::{check_args, def_method, int_arg, take_kw, unicode, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("istitle", istitle),
        ("isprintable", isprintable),
        ("casefold", casefold),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("encode", encode),
        ("expandtabs", expandtabs),
        ("format", format),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for &(name, f) in methods {
        def_method(vm, Builtin::Str, name, f);
    }
}

fn this(args: &[Value], name: &str) -> PyResult<Rc<crate::vm::Str>> {
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(format!(
            "unbound method str.{name}() needs an argument"
        )));
    };
    match crate::vm::base_of(first) {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            crate::vm::type_name(first)
        ))),
    }
}

fn str_at<'a>(args: &'a [Value], i: usize, name: &str) -> PyResult<Option<&'a str>> {
    match args.get(i).map(crate::vm::base_of) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(&s.s)),
        Some(other) => Err(PyErr::type_error(format!(
            "{name} arg must be None or str, not {}",
            crate::vm::type_name(other)
        ))),
    }
}

fn list_of(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split_impl(args: &[Value], mut kwargs: Kwargs, name: &str, right: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let sep_kw = take_kw(&mut kwargs, "sep");
    let max_kw = take_kw(&mut kwargs, "maxsplit");
    check_args(name, args, &kwargs, 1, 3)?;
    let mut a = args.to_vec();
    if a.len() < 2 {
        a.push(sep_kw.unwrap_or(Value::None));
    }
    let maxsplit = match args.get(2).or(max_kw.as_ref()) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = s.s.as_str();
    match str_at(&a, 1, name)? {
        Some("") => Err(PyErr::value_error("empty separator")),
        Some(sep) => {
            let parts: Vec<&str> = if right {
                let mut v: Vec<&str> = text.rsplitn(limit.saturating_add(1), sep).collect();
                v.reverse();
                v
            } else {
                text.splitn(limit.saturating_add(1), sep).collect()
            };
            Ok(list_of(parts))
        }
        None => {
            if s.is_ascii() && !right {
                return Ok(Value::list(split_ascii_whitespace(text, limit)));
            }
            let parts = if s.is_ascii() {
                split_whitespace(text, limit, right, |c| c.is_ascii() && ascii_space(c as u8))
            } else {
                split_whitespace(text, limit, right, unicode::is_space)
            };
            Ok(list_of(parts))
        }
    }
}

/// Python's ASCII whitespace (`str.isspace`): `\t`..`\r`, `\x1c`..`\x1f` and the space.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

/// `split_whitespace` for ASCII text from the left, a byte at a time (the hot case:
/// `text.split()` over words), making the parts' strs as it finds them (no list of slices
/// first). A byte above the space is never whitespace: inside a word that one compare is
/// all a byte costs.
fn split_ascii_whitespace(text: &str, limit: usize) -> Vec<Value> {
    let bytes = text.as_bytes();
    let space = |b: u8| b <= b' ' && ascii_space(b);
    let mut parts = Vec::new();
    let mut i = 0;
    loop {
        while i < bytes.len() && space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        if parts.len() == limit {
            parts.push(Value::str(&text[i..]));
            break;
        }
        let start = i;
        while i < bytes.len() && !space(bytes[i]) {
            i += 1;
        }
        // Both ends sit next to ASCII bytes, so on char boundaries.
        parts.push(Value::str(&text[start..i]));
    }
    parts
}

/// `split()`/`rsplit()` without a separator: runs of Python whitespace (`str.isspace`, so
/// `\x1c`..`\x1f` too) separate the parts and empty parts are dropped; after `limit` splits
/// the rest is one part, unstripped on its far side. ASCII text gets an ASCII-only `space`
/// test, which the compiler reduces to a few compares per byte.
fn split_whitespace(
    text: &str,
    limit: usize,
    right: bool,
    space: impl Fn(char) -> bool + Copy,
) -> Vec<&str> {
    let mut parts = Vec::new();
    if right {
        let mut rest = text.trim_end_matches(space);
        while !rest.is_empty() {
            if parts.len() == limit {
                parts.push(rest);
                break;
            }
            match rest.rfind(space) {
                Some(i) => {
                    let ws = rest[i..].chars().next().map_or(1, char::len_utf8);
                    parts.push(&rest[i + ws..]);
                    rest = rest[..i].trim_end_matches(space);
                }
                None => {
                    parts.push(rest);
                    break;
                }
            }
        }
        parts.reverse();
    } else {
        let mut rest = text.trim_start_matches(space);
        while !rest.is_empty() {
            if parts.len() == limit {
                parts.push(rest);
                break;
            }
            match rest.find(space) {
                Some(i) => {
                    parts.push(&rest[..i]);
                    rest = rest[i..].trim_start_matches(space);
                }
                None => {
                    parts.push(rest);
                    break;
                }
            }
        }
    }
    parts
}

fn split(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    split_impl(args, kwargs, "split", false)
}

fn rsplit(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    split_impl(args, kwargs, "rsplit", true)
}

fn join(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "join")?;
    check_args("join", args, &kwargs, 2, 2)?;
    // A list or tuple is read where it is (joining runs no Python code, so the list cannot
    // change meanwhile); anything else is collected first.
    match &args[1] {
        Value::List(l) => join_items(&s.s, &l.borrow()),
        Value::Tuple(t) => join_items(&s.s, t),
        other => join_items(&s.s, &vm.collect(other)?),
    }
}

/// The strings joined by `sep`, in one allocation of the exact size.
fn join_items(sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut size = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match crate::vm::base_of(item) {
            Value::Str(x) => size += x.s.len(),
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    crate::vm::type_name(other)
                )))
            }
        }
    }
    let mut out = String::with_capacity(size);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(x) = crate::vm::base_of(item) {
            out.push_str(&x.s);
        }
    }
    Ok(Value::str(out))
}

fn strip_impl(
    args: &[Value],
    kwargs: Kwargs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, &kwargs, 1, 2)?;
    let chars: Option<Vec<char>> = str_at(args, 1, name)?.map(|c| c.chars().collect());
    let pred = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t = s.s.as_str();
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(Value::str(t))
}

fn strip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, kwargs, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, kwargs, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_impl(args, kwargs, "rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "replace")?;
    check_args("replace", args, &kwargs, 3, 4)?;
    let old = super::str_arg(&args[1], "replace", " 1")?;
    let new = super::str_arg(&args[2], "replace", " 2")?;
    let count = match args.get(3) {
        Some(v) => int_arg(v, "")?,
        None => -1,
    };
    Ok(Value::str(if count < 0 {
        s.s.replace(old, new)
    } else {
        s.s.replacen(old, new, count as usize)
    }))
}

/// Character offset of a byte offset.
fn char_index(s: &str, byte: usize) -> i64 {
    if s.is_ascii() {
        byte as i64
    } else {
        s[..byte].chars().count() as i64
    }
}

/// The byte range `[start:end]` (in characters, Python-style, negative allowed) of `s`.
fn window(s: &str, args: &[Value], from: usize) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as i64;
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let x = int_arg(v, "")?;
                Ok(if x < 0 { (x + n).max(0) } else { x.min(n) })
            }
        }
    };
    let start = get(from, 0)?;
    let end = get(from + 1, n)?;
    let byte = |c: i64| -> usize {
        if s.is_ascii() {
            c as usize
        } else {
            s.char_indices().nth(c as usize).map_or(s.len(), |(b, _)| b)
        }
    };
    if start > end {
        return Ok((byte(start), byte(start)));
    }
    Ok((byte(start), byte(end)))
}

fn find_impl(args: &[Value], kwargs: &Kwargs, name: &str, right: bool) -> PyResult<i64> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 2, 4)?;
    let sub = super::str_arg(&args[1], name, "")?;
    let (lo, hi) = window(&s.s, args, 2)?;
    if lo > hi || hi > s.s.len() {
        return Ok(-1);
    }
    let hay = &s.s[lo..hi];
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => char_index(&s.s, lo + b),
        None => -1,
    })
}

fn find(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    find_impl(args, &kwargs, "find", false).map(Value::Int)
}

fn rfind(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    find_impl(args, &kwargs, "rfind", true).map(Value::Int)
}

fn index(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match find_impl(args, &kwargs, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    match find_impl(args, &kwargs, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "count")?;
    check_args("count", args, &kwargs, 2, 4)?;
    let sub = super::str_arg(&args[1], "count", "")?;
    let (lo, hi) = window(&s.s, args, 2)?;
    let hay = s.s.get(lo..hi).unwrap_or("");
    Ok(Value::Int(if sub.is_empty() {
        hay.chars().count() as i64 + 1
    } else {
        hay.matches(sub).count() as i64
    }))
}

fn affix_impl(args: &[Value], kwargs: &Kwargs, name: &str, end: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 2, 4)?;
    let (lo, hi) = window(&s.s, args, 2)?;
    let hay = s.s.get(lo..hi).unwrap_or("");
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(&p.s))),
        Value::Tuple(t) => Ok(Value::Bool(t.iter().any(|p| p.as_str().is_some_and(test)))),
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            crate::vm::type_name(other)
        ))),
    }
}

fn startswith(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix_impl(args, &kwargs, "startswith", false)
}

fn endswith(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix_impl(args, &kwargs, "endswith", true)
}

fn map_str(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    f: impl Fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 1, 1)?;
    Ok(Value::str(f(&s.s)))
}

fn upper(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_str(args, &kwargs, "upper", str::to_uppercase)
}

fn lower(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_str(args, &kwargs, "lower", str::to_lowercase)
}

fn title(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_str(args, &kwargs, "title", |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

fn capitalize(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_str(args, &kwargs, "capitalize", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) => c
                .to_uppercase()
                .chain(chars.as_str().to_lowercase().chars())
                .collect(),
            None => String::new(),
        }
    })
}

fn swapcase(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_str(args, &kwargs, "swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}

fn pad_impl(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
) -> PyResult<(Rc<crate::vm::Str>, usize, char)> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 2, 3)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.s.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    Ok((s, width, fill))
}

fn fill_str(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

fn center(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (s, width, fill) = pad_impl(args, &kwargs, "center")?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let total = width - len;
    // CPython puts the odd pad character on the left only when the width is odd.
    let left = total / 2 + (total & width & 1);
    Ok(Value::str(format!(
        "{}{}{}",
        fill_str(fill, left),
        s.s,
        fill_str(fill, total - left)
    )))
}

fn ljust(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (s, width, fill) = pad_impl(args, &kwargs, "ljust")?;
    let len = s.char_len();
    Ok(Value::str(format!(
        "{}{}",
        s.s,
        fill_str(fill, width.saturating_sub(len))
    )))
}

fn rjust(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (s, width, fill) = pad_impl(args, &kwargs, "rjust")?;
    let len = s.char_len();
    Ok(Value::str(format!(
        "{}{}",
        fill_str(fill, width.saturating_sub(len)),
        s.s
    )))
}

fn zfill(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "zfill")?;
    check_args("zfill", args, &kwargs, 2, 2)?;
    let width = int_arg(&args[1], "")?.max(0) as usize;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let zeros = fill_str('0', width - len);
    let t = &s.s;
    Ok(Value::str(match t.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &t[1..]),
        _ => format!("{zeros}{t}"),
    }))
}

fn predicate(
    args: &[Value],
    kwargs: &Kwargs,
    name: &str,
    f: impl Fn(&str) -> bool,
) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 1, 1)?;
    Ok(Value::Bool(f(&s.s)))
}

/// A non-empty string whose every character is in the class.
fn all_of(s: &str, class: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(class)
}

fn isdigit(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isdigit", |s| all_of(s, unicode::is_digit))
}

fn isdecimal(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isdecimal", |s| {
        all_of(s, unicode::is_decimal)
    })
}

fn isnumeric(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isnumeric", |s| {
        all_of(s, unicode::is_numeric)
    })
}

fn isalpha(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isalpha", |s| all_of(s, unicode::is_alpha))
}

fn isalnum(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isalnum", |s| all_of(s, unicode::is_alnum))
}

fn isspace(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isspace", |s| all_of(s, unicode::is_space))
}

/// The empty string is printable.
fn isprintable(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

/// Upper-case characters only after uncased ones, lower-case only after cased ones, and at
/// least one cased character.
fn istitle(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "istitle", |s| {
        let (mut cased, mut previous_cased) = (false, false);
        for c in s.chars() {
            if unicode::is_upper_or_title(c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

fn casefold(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "casefold")?;
    check_args("casefold", args, &kwargs, 1, 1)?;
    Ok(Value::str(unicode::casefold(&s.s)))
}

fn isupper(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn isidentifier(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(args, &kwargs, "isidentifier", |s| {
        let mut chars = s.chars();
        chars
            .next()
            .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
            && chars.all(unicode_ident::is_xid_continue)
    })
}

fn partition_impl(args: &[Value], kwargs: &Kwargs, name: &str, right: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, kwargs, 2, 2)?;
    let sep = super::str_arg(&args[1], name, "")?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if right { s.s.rfind(sep) } else { s.s.find(sep) };
    let parts = match found {
        Some(i) => [&s.s[..i], sep, &s.s[i + sep.len()..]],
        None if right => ["", "", s.s.as_str()],
        None => [s.s.as_str(), "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn partition(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_impl(args, &kwargs, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_impl(args, &kwargs, "rpartition", true)
}

fn splitlines(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "splitlines")?;
    let keep_kw = take_kw(&mut kwargs, "keepends");
    check_args("splitlines", args, &kwargs, 1, 2)?;
    let keep = match args.get(1).or(keep_kw.as_ref()) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let text = &s.s;
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            out.push(Value::str(if keep {
                &text[start..end]
            } else {
                &text[start..i]
            }));
            start = end;
        }
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn encode(_vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "encode")?;
    check_args("encode", &args[1..], &Vec::new(), 0, 2)?;
    let (encoding, errors) = super::codecs::codec_args("encode", &args[1..], &mut kwargs)?;
    let b = super::codecs::encode(&s.s, encoding.as_deref(), errors.as_deref())?;
    Ok(Value::Bytes(Rc::new(b)))
}

fn expandtabs(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "expandtabs")?;
    check_args("expandtabs", args, &kwargs, 1, 2)?;
    let size = match args.get(1) {
        Some(v) => int_arg(v, "")?.max(0) as usize,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&fill_str(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "removeprefix")?;
    check_args("removeprefix", args, &kwargs, 2, 2)?;
    let p = super::str_arg(&args[1], "removeprefix", "")?;
    Ok(Value::str(s.s.strip_prefix(p).unwrap_or(&s.s)))
}

fn removesuffix(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "removesuffix")?;
    check_args("removesuffix", args, &kwargs, 2, 2)?;
    let p = super::str_arg(&args[1], "removesuffix", "")?;
    Ok(Value::str(s.s.strip_suffix(p).unwrap_or(&s.s)))
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{x.attr}`, `{x[0]}`, `!r`/`!s`, `:spec`, with
/// replacement fields nested in the spec (`{0:{1}}`).
fn format(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let s = this(args, "format")?;
    let mut auto = 0usize;
    let out = format_template(vm, &s.s, &args[1..], &kwargs, &mut auto, 2)?;
    Ok(Value::str(out))
}

/// Expands a `str.format` template; `levels` is how many more levels of nested fields a
/// spec may hold (CPython allows one).
pub(crate) fn format_template(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    kwargs: &Kwargs,
    auto: &mut usize,
    levels: usize,
) -> PyResult<String> {
    if levels == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => {
                return Err(PyErr::value_error(
                    "Single '}' encountered in format string",
                ))
            }
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth != 0 {
                    return Err(PyErr::value_error("expected '}' before end of string"));
                }
                let (head, spec) = match field.find(':') {
                    Some(i) => (field[..i].to_string(), field[i + 1..].to_string()),
                    None => (field.clone(), String::new()),
                };
                let (name, conv) = match head.find('!') {
                    Some(i) => (head[..i].to_string(), head[i + 1..].to_string()),
                    None => (head, String::new()),
                };
                let first_end = name.find(['.', '[']).unwrap_or(name.len());
                let (first, rest) = name.split_at(first_end);
                let mut value = if first.is_empty() {
                    let v = positional.get(*auto).cloned().ok_or_else(|| {
                        PyErr::new(
                            ExcKind::IndexError,
                            format!(
                                "Replacement index {auto} out of range for positional args tuple"
                            ),
                        )
                    })?;
                    *auto += 1;
                    v
                } else if let Ok(i) = first.parse::<usize>() {
                    positional.get(i).cloned().ok_or_else(|| {
                        PyErr::new(
                            ExcKind::IndexError,
                            format!("Replacement index {i} out of range for positional args tuple"),
                        )
                    })?
                } else {
                    kwargs
                        .iter()
                        .find(|(k, _)| &*k.s == first)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| {
                            PyErr::with_args(ExcKind::KeyError, vec![Value::str(first)])
                        })?
                };
                let mut rest = rest;
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['.', '[']).unwrap_or(r.len());
                        let attr = Rc::new(crate::vm::Str::new(&r[..end]));
                        value = vm.get_attr(&value, &attr)?;
                        rest = &r[end..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let end = r.find(']').unwrap_or(r.len());
                        let key = &r[..end];
                        let key = key
                            .parse::<i64>()
                            .map(Value::Int)
                            .unwrap_or_else(|_| Value::str(key));
                        value = vm.getitem(&value, &key)?;
                        rest = r.get(end + 1..).unwrap_or("");
                    } else {
                        break;
                    }
                }
                let value = match conv.as_str() {
                    "" => value,
                    "r" => Value::str(vm.repr(&value)?),
                    "s" => Value::str(vm.str_of(&value)?),
                    "a" => Value::str(crate::vm::ascii_escape(&vm.repr(&value)?)),
                    other => {
                        return Err(PyErr::value_error(format!(
                            "Unknown conversion specifier {other}"
                        )))
                    }
                };
                // Nested fields in the spec take their automatic numbers after the field's own.
                let spec = if spec.contains('{') {
                    format_template(vm, &spec, positional, kwargs, auto, levels - 1)?
                } else {
                    spec
                };
                out.push_str(&vm.format(&value, &spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(out)
}
