//! `repr()` and `str()` of values, exactly as CPython prints them: floats as the shortest
//! string that reads back to the same float (`0.1`, `1e+16`, `1e-05`), strings quoted with
//! CPython's choice of quotes and escapes, containers recursively (`[...]` for a list that
//! contains itself), instances through `__repr__`/`__str__`.

use super::error::PyResult;
use super::value::Value;
use super::Vm;

/// CPython's `float.__repr__`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.2345e4", "-1e-5".
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// CPython's `str.__repr__`: single quotes unless the text has a single quote and no double.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters `repr` escapes: those `str.isprintable` rejects.
fn is_unprintable(c: char) -> bool {
    !crate::builtins::unicode::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: non-ASCII characters of a repr escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Undefined => "<undefined>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(&s.s),
            Value::Bytes(b) => bytes_repr(b),
            Value::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow())),
            Value::File(f) => return f.clone().repr(self),
            Value::Primitive(_) => format!("<object object at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::List(l) => {
                let items = l.borrow().clone();
                return self.guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)));
            }
            Value::Tuple(t) => {
                let t = t.clone();
                return self.guarded(v, "(...)", |vm| {
                    Ok(if t.len() == 1 {
                        format!("({},)", vm.repr(&t[0])?)
                    } else {
                        format!("({})", vm.join_reprs(&t)?)
                    })
                });
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.value.clone(), v.clone()))
                    .collect();
                return self.guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(pairs.len());
                    for (k, v) in &pairs {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(v)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                });
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.items.borrow().iter().map(|k| k.value.clone()).collect();
                let frozen = s.frozen;
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                let inner = format!("{{{}}}", self.join_reprs(&items)?);
                if frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                }
            }
            Value::BigRange(r) => {
                if r.step == num_bigint::BigInt::from(1) {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s[0])?,
                self.repr(&s[1])?,
                self.repr(&s[2])?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Native(n) => format!("<built-in function {}>", n.name),
            Value::BoundMethod(m) => {
                let recv = self.repr(&m.receiver)?;
                let name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    Value::Native(n) => n.name.to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {name} of {recv}>")
            }
            Value::Class(c) => {
                if c.module.as_ref() == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Instance(i) => {
                if let Some(r) = self.call_dunder(v, "__repr__", vec![])? {
                    return match r {
                        Value::Str(s) => Ok(s.s.to_string()),
                        other => Err(super::PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            super::object::builtin_type_name(&other)
                        ))),
                    };
                }
                if let Some(base) = &i.base {
                    let inner = self.repr(base)?;
                    if i.class.builtin == Some(super::Builtin::MappingProxy) {
                        return Ok(format!("mappingproxy({inner})"));
                    }
                    return Ok(inner);
                }
                if let Some(e) = &i.exc {
                    let args = e.borrow().args.clone();
                    let inner = if args.len() == 1 {
                        self.repr(&args[0])?
                    } else {
                        self.join_reprs(&args)?
                    };
                    return Ok(format!("{}({inner})", i.class.name));
                }
                let module = if i.class.module.as_ref() == "builtins" {
                    String::new()
                } else {
                    format!("{}.", i.class.module)
                };
                format!(
                    "<{module}{} object at {:#x}>",
                    i.class.qualname,
                    v.heap_ptr().unwrap_or(0)
                )
            }
            Value::Generator(g) => {
                format!(
                    "<{} object {} at {:#x}>",
                    if g.is_coroutine {
                        "coroutine"
                    } else if g.is_async_gen {
                        "async_generator"
                    } else {
                        "generator"
                    },
                    g.qualname,
                    v.heap_ptr().unwrap_or(0)
                )
            }
            Value::Iter(_) => format!("<iterator object at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::Future(f) => crate::runtime::future_repr(self, f)?,
            Value::Handle(h) => match h.when() {
                Some(when) => format!("<TimerHandle when={}>", float_repr(when)),
                None => "<Handle>".into(),
            },
            Value::NativeCoro(c) => format!(
                "<coroutine object {} at {:#x}>",
                c.name(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Property(_) => format!("<property object at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::ClassMethod(_) => {
                format!("<classmethod object at {:#x}>", v.heap_ptr().unwrap_or(0))
            }
            Value::StaticMethod(_) => {
                format!("<staticmethod object at {:#x}>", v.heap_ptr().unwrap_or(0))
            }
            Value::Module(m) => {
                let file = m
                    .dict
                    .borrow()
                    .get(&super::dict::StrKey::new("__file__"))
                    .cloned();
                match file {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.s),
                    _ => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.heap_ptr().unwrap_or(0),
                c.code.filename,
                c.source.line(c.code.first_line_span.start).0
            ),
            Value::Traceback(_) => {
                format!("<traceback object at {:#x}>", v.heap_ptr().unwrap_or(0))
            }
            Value::Frame(frame) => super::tb::frame_repr(frame, v.heap_ptr().unwrap_or(0)),
            Value::Cell(cell) => {
                let inner = cell.borrow().clone();
                let at = v.heap_ptr().unwrap_or(0);
                if inner.is_undefined() {
                    format!("<cell at {at:#x}: empty>")
                } else {
                    format!(
                        "<cell at {at:#x}: {} object at {:#x}>",
                        super::object::builtin_type_name(&inner),
                        inner.heap_ptr().unwrap_or(0)
                    )
                }
            }
            Value::View(view) => {
                let items = super::view_items(view);
                format!("{}([{}])", view.0, self.join_reprs(&items)?)
            }
            Value::Super(s) => format!("<super: <class '{}'>, <object>>", s.0.name),
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.to_string()),
            Value::Instance(i) => {
                let class = i.class.clone();
                if let Some(f) = class.lookup("__str__") {
                    if !matches!(f, Value::Native(_)) {
                        let r = self.call(&f, vec![v.clone()], vec![])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(super::PyErr::type_error(format!(
                                "__str__ returned non-string (type {})",
                                super::object::builtin_type_name(&other)
                            ))),
                        };
                    }
                }
                // `str.__str__` of a str subclass gives the string; the other built-in types
                // have `object.__str__`, which is `repr` (with the subclass's `__repr__`).
                if let (Some(Value::Str(s)), None) = (
                    &i.base,
                    super::subclass::user_override(&class, &super::StrKey::new("__str__")),
                ) {
                    return Ok(s.s.to_string());
                }
                if let Some(e) = &i.exc {
                    if let Some(g) = &e.borrow().group {
                        return Ok(crate::builtins::group_text(g));
                    }
                    if let Some(s) = crate::builtins::exceptions::exc_str(self, i) {
                        return s;
                    }
                    if class
                        .lookup("__repr__")
                        .is_none_or(|r| matches!(r, Value::Native(_)))
                    {
                        let args = e.borrow().args.clone();
                        return match args.len() {
                            0 => Ok(String::new()),
                            1 if class.exc_kind == Some(super::ExcKind::KeyError) => {
                                self.repr(&args[0])
                            }
                            1 => self.str_of(&args[0]),
                            _ => self.repr(&Value::tuple(args)),
                        };
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for x in items {
            parts.push(self.repr(x)?);
        }
        Ok(parts.join(", "))
    }

    /// Runs `f` unless `v` is already being printed further up (self-containing containers).
    fn guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let ptr = v.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&ptr) {
            return Ok(placeholder.into());
        }
        if self.repr_stack.len() >= self.recursion_limit {
            return Err(super::PyErr::new(
                super::ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        super::check_stack()?;
        self.repr_stack.push(ptr);
        let r = f(self);
        self.repr_stack.pop();
        r
    }
}
