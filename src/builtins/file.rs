//! `input()`, `open()` and the file objects it gives: text files (`TextIOWrapper`: str in and out,
//! an encoding, universal newlines on read) and binary ones (`BufferedReader`/`Writer`/
//! `Random`: bytes). Reads go through a small read-ahead buffer; writes go straight to the
//! OS (after giving back any read-ahead, so `r+` writes land at the logical position), so
//! the file on disk is always current. Failing OS calls raise the errno's `OSError` subclass.
//!
//! Invariant: `FileState::file` is `None` exactly when the file is closed, and then every
//! operation but `close` raises `ValueError: I/O operation on closed file.`.

use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use super::exceptions::os_error;
use super::{check_args, def_function, def_method, int_arg, take_kw, Kwargs};
use crate::vm::{Builtin, ExcKind, PyErr, PyResult, Value, Vm};

const CLASSES: [Builtin; 4] = [
    Builtin::TextIOWrapper,
    Builtin::BufferedReader,
    Builtin::BufferedWriter,
    Builtin::BufferedRandom,
];

pub fn install(vm: &mut Vm) {
    def_function(vm, "open", open);
    def_function(vm, "input", input);
    // Old names CPython keeps for OSError.
    let os_error_class = Value::Class(vm.exc_class(ExcKind::OSError).clone());
    for alias in ["IOError", "EnvironmentError"] {
        super::def_value(vm, alias, os_error_class.clone());
    }
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("seek", seek),
        ("tell", tell),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("fileno", fileno),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", next),
    ];
    let props: &[(&'static str, crate::vm::NativeFn)] =
        &[("closed", closed), ("name", name), ("mode", mode)];
    for b in CLASSES {
        for &(n, f) in methods {
            def_method(vm, b, n, f);
        }
        for &(n, f) in props {
            crate::vm::set_class_attr(vm.class(b), n, property(n, f));
        }
    }
    let text = vm.class(Builtin::TextIOWrapper).clone();
    crate::vm::set_class_attr(&text, "encoding", property("encoding", encoding));
    crate::vm::set_class_attr(&text, "errors", property("errors", errors));
}

fn property(name: &'static str, f: crate::vm::NativeFn) -> Value {
    Value::Property(Rc::new(crate::vm::Property {
        fget: super::native(name, f),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

pub struct FileObj {
    name: Value,
    mode: String,
    /// `None` for a binary file.
    text: Option<TextMode>,
    readable: bool,
    writable: bool,
    state: RefCell<FileState>,
}

/// How a text file turns bytes into str and back.
struct TextMode {
    encoding: String,
    errors: Option<String>,
    /// `None`: universal newlines (read `\r\n` and `\r` as `\n`); otherwise the
    /// `newline=` argument: `""` splits lines on all three but translates nothing.
    newline: Option<String>,
}

#[derive(Default)]
struct FileState {
    file: Option<std::fs::File>,
    /// Bytes read from the OS ahead of the logical position, from `pos` on.
    buf: Vec<u8>,
    pos: usize,
}

impl std::fmt::Debug for FileObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<file {:?} mode={}>", self.name, self.mode)
    }
}

impl FileObj {
    pub fn builtin(&self) -> Builtin {
        match (&self.text, self.readable, self.writable) {
            (Some(_), _, _) => Builtin::TextIOWrapper,
            (None, true, true) => Builtin::BufferedRandom,
            (None, true, false) => Builtin::BufferedReader,
            (None, _, _) => Builtin::BufferedWriter,
        }
    }

    pub fn is_closed(&self) -> bool {
        self.state.borrow().file.is_none()
    }

    pub fn type_name(&self) -> &'static str {
        match self.builtin() {
            Builtin::TextIOWrapper => "_io.TextIOWrapper",
            Builtin::BufferedRandom => "_io.BufferedRandom",
            Builtin::BufferedReader => "_io.BufferedReader",
            _ => "_io.BufferedWriter",
        }
    }

    /// `repr(f)`: `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
    pub fn repr(&self, vm: &mut Vm) -> PyResult<String> {
        let name = vm.repr(&self.name)?;
        Ok(match &self.text {
            Some(t) => format!(
                "<{} name={name} mode='{}' encoding='{}'>",
                self.type_name(),
                self.mode,
                t.encoding
            ),
            None => format!("<{} name={name}>", self.type_name()),
        })
    }
}

impl FileState {
    fn file(&mut self) -> PyResult<&mut std::fs::File> {
        self.file
            .as_mut()
            .ok_or_else(|| PyErr::value_error("I/O operation on closed file."))
    }

    /// Reads more from the OS into the buffer; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let Some(f) = self.file.as_mut() else {
            return Ok(false);
        };
        let mut chunk = [0u8; 8192];
        let n = f.read(&mut chunk)?;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    fn unread(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let out = self.buf[self.pos..self.pos + n].to_vec();
        self.pos += n;
        out
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        while self.fill()? {}
        let n = self.unread().len();
        Ok(self.take(n))
    }

    /// Gives the read-ahead back to the OS, so its position is the logical one.
    fn sync(&mut self) -> std::io::Result<()> {
        let ahead = self.unread().len() as i64;
        if let (Some(f), true) = (self.file.as_mut(), ahead > 0) {
            f.seek(SeekFrom::Current(-ahead))?;
        }
        self.buf.clear();
        self.pos = 0;
        Ok(())
    }

    /// One line's bytes, its end included; `ends` finds a line end in the unread bytes
    /// (its index and length), and is asked again after more is read.
    fn read_line(
        &mut self,
        ends: impl Fn(&[u8], bool) -> Option<(usize, usize)>,
    ) -> std::io::Result<Vec<u8>> {
        loop {
            if let Some((i, n)) = ends(self.unread(), false) {
                return Ok(self.take(i + n));
            }
            if !self.fill()? {
                let rest = self.unread().len();
                return Ok(match ends(self.unread(), true) {
                    Some((i, n)) => self.take(i + n),
                    None => self.take(rest),
                });
            }
        }
    }
}

fn this(args: &[Value]) -> PyResult<Rc<FileObj>> {
    match args.first() {
        Some(Value::File(f)) => Ok(f.clone()),
        _ => Err(PyErr::type_error("descriptor requires a file object")),
    }
}

fn io_err(f: &FileObj) -> impl Fn(std::io::Error) -> PyErr + '_ {
    move |e| os_error(&e, f.name.as_str())
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(ExcKind::UnsupportedOperation, what)
}

/// Checks the file is open and can be read (or written).
fn check(f: &FileObj, reading: bool) -> PyResult<()> {
    if f.state.borrow().file.is_none() {
        return Err(PyErr::value_error("I/O operation on closed file."));
    }
    // Binary files name the operation; text files say what the file is not.
    let binary = f.text.is_none();
    match reading {
        true if !f.readable => Err(unsupported(if binary { "read" } else { "not readable" })),
        false if !f.writable => Err(unsupported(if binary { "write" } else { "not writable" })),
        _ => Ok(()),
    }
}

/// `input(prompt)`: the prompt goes to stdout (flushed), a line comes from stdin without its
/// newline; end of input is `EOFError`.
fn input(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("input", args, &kwargs, 0, 1)?;
    if let Some(prompt) = args.first() {
        let text = vm.str_of(prompt)?;
        vm.write_out(&text);
    }
    vm.flush_out();
    let mut line = String::new();
    let n = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| os_error(&e, None))?;
    if n == 0 {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(line))
}

fn open(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline"];
    let mut params: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    if args.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        params[i] = Some(a.clone());
    }
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(&mut kwargs, n) {
            if params[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for open() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
            params[i] = Some(v);
        }
    }
    super::no_more_kwargs("open", &kwargs)?;
    let opt_str = |v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.s.to_string())),
            Some(other) => Err(PyErr::type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                crate::vm::type_name(other)
            ))),
        }
    };
    let Some(file) = params[0].clone() else {
        return Err(PyErr::type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let path = match &file {
        Value::Str(s) => s.s.to_string(),
        Value::Int(_) => {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "weft does not support open() on a file descriptor yet",
            ))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                crate::vm::type_name(other)
            )))
        }
    };
    let mode = match &params[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                crate::vm::type_name(other)
            )))
        }
    };
    let encoding = opt_str(&params[3], "encoding")?;
    let errors = opt_str(&params[4], "errors")?;
    let newline = opt_str(&params[5], "newline")?;
    let m = parse_mode(&mode)?;
    if m.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(PyErr::value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(PyErr::value_error(format!("illegal newline value: {nl}")));
        }
    }
    if let Some(enc) = &encoding {
        super::codecs::decode(b"", Some(enc), None)?;
    }
    let mut options = std::fs::OpenOptions::new();
    match m.kind {
        'r' => options.read(true).write(m.plus),
        'w' => options.write(true).create(true).truncate(true).read(m.plus),
        'a' => options.append(true).create(true).read(m.plus),
        _ => options.write(true).create_new(true).read(m.plus),
    };
    let handle = options.open(&path).map_err(|e| os_error(&e, Some(&path)))?;
    if handle.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(os_error(
            &std::io::Error::from_raw_os_error(21),
            Some(&path),
        ));
    }
    let _ = vm;
    Ok(Value::File(Rc::new(FileObj {
        name: file,
        mode,
        text: (!m.binary).then(|| TextMode {
            encoding: encoding.unwrap_or_else(|| "UTF-8".into()),
            errors,
            newline,
        }),
        readable: m.kind == 'r' || m.plus,
        writable: m.kind != 'r' || m.plus,
        state: RefCell::new(FileState {
            file: Some(handle),
            ..FileState::default()
        }),
    })))
}

struct Mode {
    kind: char,
    plus: bool,
    binary: bool,
}

fn parse_mode(mode: &str) -> PyResult<Mode> {
    let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
    let mut m = Mode {
        kind: ' ',
        plus: false,
        binary: false,
    };
    let mut text = false;
    for (i, c) in mode.char_indices() {
        if mode[..i].contains(c) {
            return Err(invalid());
        }
        match c {
            'r' | 'w' | 'a' | 'x' if m.kind == ' ' => m.kind = c,
            'r' | 'w' | 'a' | 'x' => {
                return Err(PyErr::value_error(
                    "must have exactly one of create/read/write/append mode",
                ))
            }
            '+' => m.plus = true,
            'b' => m.binary = true,
            't' => text = true,
            _ => return Err(invalid()),
        }
    }
    if text && m.binary {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if m.kind == ' ' {
        return Err(PyErr::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

impl TextMode {
    fn decode(&self, raw: &[u8]) -> PyResult<String> {
        let s = super::codecs::decode(raw, Some(&self.encoding), self.errors.as_deref())?;
        Ok(if self.newline.is_none() && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s
        })
    }

    fn encode(&self, s: &str) -> PyResult<Vec<u8>> {
        let s = match self.newline.as_deref() {
            Some(nl @ ("\r" | "\r\n")) => std::borrow::Cow::Owned(s.replace('\n', nl)),
            _ => std::borrow::Cow::Borrowed(s),
        };
        super::codecs::encode(&s, Some(&self.encoding), self.errors.as_deref())
    }

    /// Where the first line of `b` ends (index, length of the end), under this mode's
    /// newline rule; `at_eof` says no more bytes will come (a final `\r` then ends a line).
    fn line_end(&self, b: &[u8], at_eof: bool) -> Option<(usize, usize)> {
        match self.newline.as_deref() {
            None | Some("") => {
                let i = b.iter().position(|&x| x == b'\n' || x == b'\r')?;
                if b[i] == b'\n' {
                    return Some((i, 1));
                }
                match b.get(i + 1) {
                    Some(b'\n') => Some((i, 2)),
                    Some(_) => Some((i, 1)),
                    None if at_eof => Some((i, 1)),
                    None => None,
                }
            }
            Some(nl) => {
                let nl = nl.as_bytes();
                super::bytes::find(b, nl).map(|i| (i, nl.len()))
            }
        }
    }
}

fn binary_line_end(b: &[u8], _at_eof: bool) -> Option<(usize, usize)> {
    b.iter().position(|&x| x == b'\n').map(|i| (i, 1))
}

/// A size argument: `None` or negative mean "all".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = int_arg(v, "argument should be integer or None, not ")?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

/// The number of bytes holding the first `n` characters of `raw` (as this text mode counts
/// them: `\r\n` is one character under universal newlines).
fn char_prefix_len(t: &TextMode, raw: &[u8], n: usize) -> usize {
    let one_byte = !matches!(
        t.encoding.to_ascii_lowercase().replace('-', "_").as_str(),
        "utf_8" | "utf8"
    );
    let (mut i, mut count) = (0, 0);
    while i < raw.len() && count < n {
        let len = if one_byte {
            1
        } else if t.newline.is_none() && raw[i] == b'\r' && raw.get(i + 1) == Some(&b'\n') {
            2
        } else {
            match raw[i] {
                0xf0.. => 4,
                0xe0.. => 3,
                0xc0.. => 2,
                _ => 1,
            }
        };
        i = (i + len).min(raw.len());
        count += 1;
    }
    i
}

fn read(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("read", &args[1..], &kwargs, 0, 1)?;
    check(&f, true)?;
    let size = size_arg(args.get(1))?;
    let mut st = f.state.borrow_mut();
    let err = io_err(&f);
    match &f.text {
        None => {
            let data = match size {
                None => st.read_all().map_err(&err)?,
                Some(n) => {
                    while st.unread().len() < n && st.fill().map_err(&err)? {}
                    let n = n.min(st.unread().len());
                    st.take(n)
                }
            };
            Ok(Value::Bytes(Rc::new(data)))
        }
        Some(t) => {
            let raw = match size {
                None => st.read_all().map_err(&err)?,
                Some(n) => {
                    // Enough bytes for n characters (at most 4 bytes each), then cut.
                    while st.unread().len() < n.saturating_mul(4).saturating_add(1)
                        && st.fill().map_err(&err)?
                    {}
                    let len = char_prefix_len(t, st.unread(), n);
                    st.take(len)
                }
            };
            Ok(Value::str(t.decode(&raw)?))
        }
    }
}

fn read_line_value(f: &FileObj, limit: Option<usize>) -> PyResult<Value> {
    check(f, true)?;
    let mut st = f.state.borrow_mut();
    let err = io_err(f);
    match &f.text {
        None => {
            let mut line = st.read_line(binary_line_end).map_err(&err)?;
            if let Some(n) = limit.filter(|&n| n < line.len()) {
                // Give back what is past the limit.
                let rest = line.split_off(n);
                st.pos -= rest.len();
            }
            Ok(Value::Bytes(Rc::new(line)))
        }
        Some(t) => {
            let mut raw = st.read_line(|b, eof| t.line_end(b, eof)).map_err(&err)?;
            if let Some(n) = limit {
                let keep = char_prefix_len(t, &raw, n);
                let rest = raw.split_off(keep);
                st.pos -= rest.len();
            }
            Ok(Value::str(t.decode(&raw)?))
        }
    }
}

fn readline(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("readline", &args[1..], &kwargs, 0, 1)?;
    read_line_value(&f, size_arg(args.get(1))?)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.s.is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("readlines", &args[1..], &kwargs, 0, 1)?;
    let hint = size_arg(args.get(1))?.filter(|&n| n > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line_value(&f, None)?;
        if is_empty(&line) {
            break;
        }
        total += super::length(vm, &line)?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// Writes a str (text) or bytes (binary); the count written, in characters or bytes.
fn write_value(f: &FileObj, v: &Value) -> PyResult<usize> {
    check(f, false)?;
    let (data, count) = match (&f.text, v) {
        (Some(t), Value::Str(s)) => (t.encode(&s.s)?, s.char_len()),
        (Some(_), other) => {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                crate::vm::type_name(other)
            )))
        }
        (None, other) => {
            let d = super::bytes::bytes_like(other)?.into_owned();
            let n = d.len();
            (d, n)
        }
    };
    let mut st = f.state.borrow_mut();
    let err = io_err(f);
    st.sync().map_err(&err)?;
    st.file()?.write_all(&data).map_err(&err)?;
    Ok(count)
}

fn write(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("write", &args[1..], &kwargs, 1, 1)?;
    Ok(Value::Int(write_value(&f, &args[1])? as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("writelines", &args[1..], &kwargs, 1, 1)?;
    check(&f, false)?;
    let it = vm.get_iter(&args[1])?;
    while let Some(line) = vm.next(&it)? {
        write_value(&f, &line)?;
    }
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("close", &args[1..], &kwargs, 0, 0)?;
    let mut st = f.state.borrow_mut();
    st.file = None;
    st.buf.clear();
    st.pos = 0;
    Ok(Value::None)
}

fn flush(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("flush", &args[1..], &kwargs, 0, 0)?;
    let mut st = f.state.borrow_mut();
    st.file()?.flush().map_err(io_err(&f))?;
    Ok(Value::None)
}

fn seek(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("seek", &args[1..], &kwargs, 1, 2)?;
    let offset = int_arg(&args[1], "")?;
    let whence = match args.get(2) {
        Some(v) => int_arg(v, "")?,
        None => 0,
    };
    if f.text.is_some() && whence != 0 && offset != 0 {
        return Err(unsupported(if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        }));
    }
    let to = match whence {
        0 if offset < 0 => {
            return Err(PyErr::value_error(format!(
                "negative seek position {offset}"
            )))
        }
        0 => SeekFrom::Start(offset as u64),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            return Err(PyErr::value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    let mut st = f.state.borrow_mut();
    let err = io_err(&f);
    st.file()?;
    st.sync().map_err(&err)?;
    let at = st.file()?.seek(to).map_err(&err)?;
    Ok(Value::Int(at as i64))
}

fn tell(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    check_args("tell", &args[1..], &kwargs, 0, 0)?;
    let mut st = f.state.borrow_mut();
    let ahead = st.unread().len() as u64;
    let at = st.file()?.stream_position().map_err(io_err(&f))?;
    Ok(Value::Int(at.saturating_sub(ahead) as i64))
}

fn flag(args: &[Value], kwargs: &Kwargs, name: &str, get: fn(&FileObj) -> bool) -> PyResult<Value> {
    let f = this(args)?;
    check_args(name, &args[1..], kwargs, 0, 0)?;
    f.state.borrow_mut().file()?;
    Ok(Value::Bool(get(&f)))
}

fn readable(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    flag(args, &kwargs, "readable", |f| f.readable)
}

fn writable(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    flag(args, &kwargs, "writable", |f| f.writable)
}

fn seekable(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    flag(args, &kwargs, "seekable", |_| true)
}

fn fileno(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let f = this(args)?;
    check_args("fileno", &args[1..], &kwargs, 0, 0)?;
    let fd = f.state.borrow_mut().file()?.as_raw_fd();
    Ok(Value::Int(fd as i64))
}

/// `__enter__` and `__iter__`: the file itself, once checked open.
fn enter(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    f.state.borrow_mut().file()?;
    Ok(args[0].clone())
}

fn exit(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    f.state.borrow_mut().file = None;
    Ok(Value::None)
}

fn next(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    match next_line(&f)? {
        Some(line) => Ok(line),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

/// The next line for iteration, `None` at end of file.
pub fn next_line(f: &FileObj) -> PyResult<Option<Value>> {
    let line = read_line_value(f, None)?;
    Ok((!is_empty(&line)).then_some(line))
}

fn closed(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.state.borrow().file.is_none()))
}

fn name(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(this(args)?.name.clone())
}

fn mode(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    Ok(Value::str(&this(args)?.mode))
}

fn encoding(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    Ok(f.text
        .as_ref()
        .map_or(Value::None, |t| Value::str(&t.encoding)))
}

fn errors(_vm: &mut Vm, args: &[Value], _kwargs: Kwargs) -> PyResult<Value> {
    let f = this(args)?;
    Ok(f.text.as_ref().map_or(Value::None, |t| {
        Value::str(t.errors.as_deref().unwrap_or("strict"))
    }))
}
