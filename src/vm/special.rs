//! The attributes an object has without a dict entry: `__class__`, an exception's `args`,
//! `__cause__` and `__traceback__`, a class's `__name__`, `__mro__` and `__dict__` (a
//! mappingproxy), a function's `__code__`, `__closure__`, `__defaults__` and
//! `__kwdefaults__`, a code object's `co_*`, a cell's `cell_contents`, the numbers' `real`
//! and `imag`... Attribute lookup (`attr`) asks here after the type and instance dicts.

use std::rc::Rc;

use super::dict::StrKey;
use super::error::{ExcKind, PyErr, PyResult};
use super::value::Value;
use super::Vm;

impl Vm {
    /// Attributes every object of a kind has without a dict entry (`__class__`, `__name__`,
    /// an exception's `args`...).
    pub(super) fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Class(self.type_of(obj))));
        }
        Ok(match (obj, name) {
            (Value::Instance(i), _) if i.exc.is_some() => {
                let exc = i.exc.as_ref().map(|e| e.borrow());
                let Some(e) = exc else { return Ok(None) };
                match name {
                    "args" => Some(Value::tuple(e.args.clone())),
                    "__cause__" => Some(none_if_undefined(&e.cause)),
                    "__context__" => Some(none_if_undefined(&e.context)),
                    "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                    "__traceback__" => {
                        drop(e);
                        return Ok(Some(self.traceback_of(obj)));
                    }
                    "value" if i.class.exc_kind == Some(ExcKind::StopIteration) => {
                        Some(e.args.first().cloned().unwrap_or(Value::None))
                    }
                    "__dict__" => Some(Value::Dict(i.dict())),
                    _ => None,
                }
            }
            (Value::Instance(i), "__dict__") if i.class.has_instance_dict => {
                Some(Value::Dict(i.dict()))
            }
            (Value::Class(c), "__dict__") => Some(self.mappingproxy(c)),
            (Value::Module(m), "__dict__") => {
                crate::modules::complete_lazy(self, m);
                Some(Value::Dict(m.dict.clone()))
            }
            (Value::Code(c), _) => code_attr(c, name),
            (Value::Traceback(tb), _) => super::tb::traceback_attr(tb, name),
            (Value::Frame(frame), _) => super::tb::frame_attr(frame, name)?,
            (Value::Cell(cell), "cell_contents") => {
                let v = cell.borrow().clone();
                if v.is_undefined() {
                    return Err(PyErr::value_error("Cell is empty"));
                }
                Some(v)
            }
            (Value::Class(c), _) => match name {
                "__name__" => Some(Value::str(&*c.name)),
                "__qualname__" => Some(Value::str(&*c.qualname)),
                "__module__" => Some(Value::str(&*c.module)),
                "__base__" => Some(
                    c.bases
                        .first()
                        .map_or(Value::None, |b| Value::Class(b.clone())),
                ),
                "__bases__" => Some(Value::tuple(
                    c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                )),
                "__mro__" => Some(Value::tuple(
                    c.mro_iter().map(|b| Value::Class(b.clone())).collect(),
                )),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            (Value::Function(f), _) => match name {
                "__name__" => Some(Value::str(&**f.name.borrow())),
                "__qualname__" => Some(Value::str(&**f.qualname.borrow())),
                // An assigned `__doc__` (functools.wraps) lives in the function's dict.
                "__doc__" => Some(
                    f.dict
                        .borrow()
                        .get(&StrKey::new("__doc__"))
                        .cloned()
                        .unwrap_or_else(|| {
                            f.code
                                .code
                                .docstring
                                .as_deref()
                                .map_or(Value::None, Value::str)
                        }),
                ),
                "__module__" => Some(
                    f.dict
                        .borrow()
                        .get(&StrKey::new("__module__"))
                        .cloned()
                        .or_else(|| f.globals.borrow().get(&StrKey::new("__name__")).cloned())
                        .unwrap_or_else(|| Value::str("__main__")),
                ),
                "__dict__" => Some(Value::dict(f.dict.borrow().clone())),
                "__annotations__" => Some(
                    f.dict
                        .borrow()
                        .get(&StrKey::new("__annotations__"))
                        .cloned()
                        .unwrap_or_else(|| Value::dict(Default::default())),
                ),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__kwdefaults__" => Some(match &f.kwdefaults {
                    Some(d) if !d.is_empty() => Value::dict(d.clone()),
                    _ => Value::None,
                }),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    // In `co_freevars` order, which CPython sorts by name.
                    let mut cells: Vec<_> =
                        f.code.code.freevars.iter().zip(f.closure.iter()).collect();
                    cells.sort_by(|a, b| a.0.cmp(b.0));
                    Value::tuple(
                        cells
                            .into_iter()
                            .map(|(_, c)| Value::Cell(c.clone()))
                            .collect(),
                    )
                }),
                _ => None,
            },
            (Value::Native(n), "__name__" | "__qualname__") => Some(Value::str(n.name)),
            (Value::BoundMethod(m), _) => match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" => {
                    let func = m.func.clone();
                    return self.special_attr(&func, name);
                }
                _ => None,
            },
            (Value::Generator(g), "__name__") => Some(Value::str(g.name())),
            (Value::Generator(g), "__qualname__") => Some(Value::str(&*g.qualname)),
            (Value::Generator(g), "cr_await") if g.is_coroutine => {
                Some(self.delegate_of(g).unwrap_or(Value::None))
            }
            (Value::NativeCoro(c), "cr_await") => Some(c.awaiting()),
            (Value::NativeCoro(c), "__name__" | "__qualname__") => Some(Value::str(c.name())),
            (Value::Property(p), "fget") => Some(p.fget.clone()),
            (Value::Property(p), "__doc__") => Some(p.doc.clone()),
            (Value::ClassMethod(f) | Value::StaticMethod(f), "__func__") => Some((**f).clone()),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                })
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start") => Some(Value::Int(r.start)),
            (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Value::Range(r), "step") => Some(Value::Int(r.step)),
            (Value::BigRange(r), "start") => Some(Value::bigint(r.start.clone())),
            (Value::BigRange(r), "stop") => Some(Value::bigint(r.stop.clone())),
            (Value::BigRange(r), "step") => Some(Value::bigint(r.step.clone())),
            (Value::Slice(s), "start") => Some(s[0].clone()),
            (Value::Slice(s), "stop") => Some(s[1].clone()),
            (Value::Slice(s), "step") => Some(s[2].clone()),
            _ => None,
        })
    }
}

/// The `co_*` attributes of a code object.
fn code_attr(c: &super::object::Code, name: &str) -> Option<Value> {
    let co = &c.code;
    let names = |v: &[Rc<str>]| Value::tuple(v.iter().map(|n| Value::str(&**n)).collect());
    Some(match name {
        "co_name" => Value::str(&*co.name),
        "co_qualname" => Value::str(&*co.qualname),
        "co_filename" => Value::str(&*c.source.filename),
        "co_firstlineno" => Value::Int(c.source.line(co.first_line_span.start).0 as i64),
        "co_argcount" => Value::Int(co.argcount as i64),
        "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_varnames" => names(&co.varnames),
        "co_cellvars" => names(&co.cellvars),
        "co_freevars" => {
            let mut free = co.freevars.clone();
            free.sort();
            names(&free)
        }
        "co_names" => names(&co.names),
        _ => return None,
    })
}

fn none_if_undefined(v: &Value) -> Value {
    if v.is_undefined() {
        Value::None
    } else {
        v.clone()
    }
}
