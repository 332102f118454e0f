//! Traceback and frame objects: `e.__traceback__`, `sys.exc_info()[2]`, the `tb` an
//! `__exit__` receives. They are views of the `TracebackEntry` list the dispatch loop keeps
//! in each exception (raising frame first), made only when Python code asks for them, so
//! raising and catching cost no more than pushing an entry.
//!
//! A chain is `traceback` nodes from the frame handling the exception inward to the one that
//! raised it (`tb_next`, `tb_lineno`, `tb_lasti`, `tb_frame`). The exception remembers the
//! head it handed out (`ExcData::tb_object`) and a re-raise only pushes entries, so a later
//! read puts new nodes on top of the old chain: `e.__traceback__ is e.__traceback__`, and a
//! traceback read before a `raise e` is still the `tb_next`... of the one read after.
//!
//! A `frame` (`tb_frame`) is what weft knows of that frame without keeping it alive:
//! `f_code` and `f_globals`, and `f_lineno`/`f_lasti` for a frame the exception left (it
//! stopped there). A frame that handled the exception went on running, so those two, like
//! `f_locals` and `f_back`, raise AttributeError rather than guess.

use std::cell::OnceCell;
use std::rc::Rc;

use super::error::{ExcKind, PyErr, PyResult};
use super::object::TracebackEntry;
use super::value::Value;
use super::Vm;

/// One level of a traceback chain.
#[derive(Debug)]
pub struct TbNode {
    entry: TracebackEntry,
    /// The level below (toward the raising frame).
    next: Option<Rc<TbNode>>,
    /// Entries from this level down to the raising frame, this one included.
    depth: usize,
    /// `tb_frame`, made on first read so it stays the same object.
    frame: OnceCell<Value>,
}

/// A traceback level's `tb_frame`.
#[derive(Debug)]
pub struct FrameView(TracebackEntry);

/// The source line an entry points at.
fn line_of(entry: &TracebackEntry) -> i64 {
    let span = entry
        .code
        .code
        .spans
        .get(entry.pc)
        .copied()
        .unwrap_or_default();
    entry.code.source.line(span.start).0 as i64
}

impl Vm {
    /// The traceback chain of an exception value, or `None` when it was never raised.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        let Value::Instance(inst) = exc else {
            return Value::None;
        };
        let Some(data) = &inst.exc else {
            return Value::None;
        };
        let mut d = data.borrow_mut();
        let n = d.traceback.len();
        let (mut head, built) = match &d.tb_object {
            Value::Traceback(t) if t.depth <= n => (Some(t.clone()), t.depth),
            _ => (None, 0),
        };
        if built == n {
            return head.map_or(Value::None, Value::Traceback);
        }
        for (i, entry) in d.traceback.iter().enumerate().skip(built) {
            head = Some(Rc::new(TbNode {
                entry: entry.clone(),
                next: head,
                depth: i + 1,
                frame: OnceCell::new(),
            }));
        }
        let tb = head.map_or(Value::None, Value::Traceback);
        d.tb_object = tb.clone();
        tb
    }

    /// `sys.exc_info()`: the exception being handled, its type and traceback (three `None`s
    /// outside an except block).
    pub fn exc_info(&mut self) -> [Value; 3] {
        let exc = self.handled.clone();
        if !matches!(exc, Value::Instance(_)) {
            return [Value::None, Value::None, Value::None];
        }
        let tb = self.traceback_of(&exc);
        [Value::Class(self.type_of(&exc)), exc, tb]
    }

    /// `e.__traceback__ = tb` and `e.with_traceback(tb)`: the exception's recorded frames
    /// become those of `tb` (none for `None`); raising it again adds to them.
    pub fn set_traceback(&self, exc: &Value, tb: &Value) -> PyResult<()> {
        let entries = match tb {
            Value::None => Vec::new(),
            Value::Traceback(node) => {
                let mut entries = Vec::with_capacity(node.depth);
                let mut level = Some(node);
                while let Some(n) = level {
                    entries.push(n.entry.clone());
                    level = n.next.as_ref();
                }
                entries.reverse();
                entries
            }
            _ => {
                return Err(PyErr::type_error(
                    "__traceback__ must be a traceback or None",
                ))
            }
        };
        if let Value::Instance(inst) = exc {
            if let Some(data) = &inst.exc {
                let mut d = data.borrow_mut();
                d.traceback = entries;
                d.tb_object = tb.clone();
            }
        }
        Ok(())
    }
}

/// A traceback's attributes (`None` for a name it does not have).
pub fn traceback_attr(tb: &TbNode, name: &str) -> Option<Value> {
    Some(match name {
        "tb_next" => tb.next.clone().map_or(Value::None, Value::Traceback),
        "tb_lineno" => Value::Int(line_of(&tb.entry)),
        "tb_lasti" => Value::Int(2 * tb.entry.pc as i64),
        "tb_frame" => tb
            .frame
            .get_or_init(|| Value::Frame(Rc::new(FrameView(tb.entry.clone()))))
            .clone(),
        _ => return None,
    })
}

/// A frame's attributes: `Ok(None)` for a name frames do not have, an AttributeError for
/// one weft cannot know for this frame.
pub fn frame_attr(frame: &FrameView, name: &str) -> PyResult<Option<Value>> {
    let entry = &frame.0;
    Ok(Some(match name {
        "f_code" => Value::Code(entry.code.clone()),
        "f_globals" => Value::Dict(entry.globals.clone()),
        "f_lineno" | "f_lasti" if entry.handled => {
            return Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'frame' object has no attribute '{name}'"),
            ))
        }
        "f_lineno" => Value::Int(line_of(entry)),
        "f_lasti" => Value::Int(2 * entry.pc as i64),
        _ => return Ok(None),
    }))
}

/// `<frame at 0x..., file 'x.py', line 3, code f>` (without the line when it is not known).
pub fn frame_repr(frame: &FrameView, at: usize) -> String {
    let entry = &frame.0;
    let line = if entry.handled {
        String::new()
    } else {
        format!(", line {}", line_of(entry))
    };
    format!(
        "<frame at {at:#x}, file '{}'{line}, code {}>",
        entry.code.source.filename, entry.code.code.name
    )
}

/// The error for `tb.name = ...` / `frame.name = ...`: CPython's for its read-only attributes;
/// the two it lets a program set (a traceback's `tb_next`, a traced frame's `f_lineno`) weft
/// does not, and says so.
pub fn set_attr_error(obj: &Value, name: &str, value: &Value) -> PyErr {
    let attr = |msg: String| PyErr::new(ExcKind::AttributeError, msg);
    match (obj, name) {
        (Value::Traceback(_), "tb_next") => match value {
            Value::None | Value::Traceback(_) => {
                attr("setting tb_next is not supported by weft".into())
            }
            other => PyErr::type_error(format!(
                "expected traceback object, got '{}'",
                super::object::builtin_type_name(other)
            )),
        },
        (Value::Traceback(_), "tb_lasti" | "tb_frame") => attr("readonly attribute".into()),
        (Value::Traceback(_), "tb_lineno") => {
            attr("attribute 'tb_lineno' of 'traceback' objects is not writable".into())
        }
        (Value::Frame(_), "f_lineno" | "f_trace" | "f_trace_lines" | "f_trace_opcodes") => {
            attr(format!("setting {name} is not supported by weft"))
        }
        (
            Value::Frame(_),
            "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_back" | "f_lasti",
        ) => attr(format!(
            "attribute '{name}' of 'frame' objects is not writable"
        )),
        _ => attr(format!(
            "'{}' object has no attribute '{name}'",
            super::object::builtin_type_name(obj)
        )),
    }
}
