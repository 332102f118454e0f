//! What some built-in exceptions hold beyond `args`, as CPython: `OSError`'s `errno`,
//! `strerror` and `filename` (and the subclass an errno selects: `OSError(2, ...)` is a
//! `FileNotFoundError`), `SystemExit.code`, the Unicode errors' `encoding`, `object`, `start`,
//! `end`, `reason` — and the `str()` those exceptions have. The attributes live in the
//! instance dict, set whenever the exception gets its arguments (construction, `__init__`,
//! or a native raise), so every path sees the same object.

use crate::vm::{ExcKind, Instance, PyErr, PyResult, Value, Vm};

/// Is `kind` the class `base` or one of its subclasses?
pub fn kind_is(kind: ExcKind, base: ExcKind) -> bool {
    let mut k = Some(kind);
    while let Some(c) = k {
        if c == base {
            return true;
        }
        k = c.parent();
    }
    false
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
pub fn os_error_kind(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}

/// An `OSError` for a failed operating-system call (on `filename`, if any), of the subclass its errno
/// selects, with the C library's message (`[Errno 2] No such file or directory: 'x'`).
pub fn os_error(err: &std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = err.raw_os_error().unwrap_or(0) as i64;
    // Rust words an OS error as "<strerror> (os error N)".
    let text = err.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![Value::Int(errno), Value::str(strerror)];
    if let Some(name) = filename {
        args.push(Value::str(name));
    }
    PyErr::with_args(os_error_kind(errno).unwrap_or(ExcKind::OSError), args)
}

fn set(inst: &Instance, name: &str, v: Value) {
    inst.store_str(name, v);
}

fn get(inst: &Instance, name: &str) -> Value {
    inst.attr(&crate::vm::StrKey::new(name))
        .unwrap_or(Value::None)
}

/// Sets the attributes that follow from the exception's arguments (and trims `OSError`'s
/// arguments to `(errno, strerror)` as CPython does when a filename is given).
pub fn init(inst: &Instance) {
    let Some(kind) = inst.class.exc_kind else {
        return;
    };
    let Some(exc) = &inst.exc else { return };
    let args = exc.borrow().args.clone();
    if kind_is(kind, ExcKind::OSError) {
        let n = args.len();
        let at = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
        let two_to_five = (2..=5).contains(&n);
        set(inst, "errno", if two_to_five { at(0) } else { Value::None });
        set(
            inst,
            "strerror",
            if two_to_five { at(1) } else { Value::None },
        );
        set(
            inst,
            "filename",
            if (3..=5).contains(&n) {
                at(2)
            } else {
                Value::None
            },
        );
        set(inst, "filename2", if n == 5 { at(4) } else { Value::None });
        if (3..=5).contains(&n) {
            exc.borrow_mut().args.truncate(2);
        }
    } else if kind_is(kind, ExcKind::SyntaxError) {
        // `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
        set(inst, "msg", args.first().cloned().unwrap_or(Value::None));
        let details = match args.get(1) {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        for (i, name) in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ]
        .iter()
        .enumerate()
        {
            set(inst, name, details.get(i).cloned().unwrap_or(Value::None));
        }
    } else if kind_is(kind, ExcKind::SystemExit) {
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        set(inst, "code", code);
    } else if matches!(
        kind,
        ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError
    ) && args.len() == 5
    {
        for (name, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            set(inst, name, v);
        }
    }
}

/// `str(e)` for the exceptions whose text is not just their arguments.
pub fn exc_str(vm: &mut Vm, inst: &Instance) -> Option<PyResult<String>> {
    let kind = inst.class.exc_kind?;
    if kind_is(kind, ExcKind::OSError) {
        let (errno, strerror) = (get(inst, "errno"), get(inst, "strerror"));
        if matches!(errno, Value::None) && matches!(strerror, Value::None) {
            return None;
        }
        return Some((|| {
            let mut s = format!("[Errno {}] {}", vm.str_of(&errno)?, vm.str_of(&strerror)?);
            let filename = get(inst, "filename");
            if !matches!(filename, Value::None) {
                s.push_str(&format!(": {}", vm.repr(&filename)?));
                let filename2 = get(inst, "filename2");
                if !matches!(filename2, Value::None) {
                    s.push_str(&format!(" -> {}", vm.repr(&filename2)?));
                }
            }
            Ok(s)
        })());
    }
    if kind_is(kind, ExcKind::SyntaxError) {
        let (msg, filename, lineno) =
            (get(inst, "msg"), get(inst, "filename"), get(inst, "lineno"));
        if matches!(filename, Value::None) || matches!(lineno, Value::None) {
            return None;
        }
        return Some((|| {
            Ok(format!(
                "{} ({}, line {})",
                vm.str_of(&msg)?,
                vm.str_of(&filename)?,
                vm.str_of(&lineno)?
            ))
        })());
    }
    if !matches!(
        kind,
        ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError
    ) {
        return None;
    }
    let (Value::Str(encoding), Value::Int(start), Value::Int(end), Value::Str(reason)) = (
        get(inst, "encoding"),
        get(inst, "start"),
        get(inst, "end"),
        get(inst, "reason"),
    ) else {
        return None;
    };
    let object = get(inst, "object");
    let (enc, reason) = (&encoding.s, &reason.s);
    let one = end == start + 1;
    Some(Ok(match (kind, &object) {
        (ExcKind::UnicodeDecodeError, _) => {
            let data = object.byte_data()?;
            let byte = *data.get(usize::try_from(start).ok()?)?;
            if one {
                format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                )
            } else {
                format!(
                    "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
        (_, Value::Str(s)) => {
            let c = s.s.chars().nth(usize::try_from(start).ok()?)?;
            if one {
                let n = c as u32;
                let esc = if n <= 0xff {
                    format!("\\x{n:02x}")
                } else if n <= 0xffff {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                format!(
                    "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
                )
            } else {
                format!(
                    "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
        _ => return None,
    }))
}
