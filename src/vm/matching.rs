//! The run-time side of `match`: mapping keys, `**rest`, and class patterns
//! (`isinstance`, `__match_args__`, the built-in types that match themselves positionally).

use super::dict::Dict;
use super::error::{ExcKind, PyErr, PyResult};
use super::object::Builtin;
use super::value::{Str, Value};
use super::Vm;

impl Vm {
    /// The values of `keys` in the subject dict, as a tuple, or None if one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let (Value::Dict(d), Value::Tuple(keys)) = (subject, keys) else {
            return Ok(Value::None);
        };
        let mut values = Vec::with_capacity(keys.len());
        for k in keys.iter() {
            let key = self.dict_key(d, k.clone())?;
            match d.borrow().get(&key) {
                Some(v) => values.push(v.clone()),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `**rest`: the subject's items other than `keys`.
    pub(crate) fn dict_without(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let (Value::Dict(d), Value::Tuple(keys)) = (subject, keys) else {
            return Ok(Value::dict(Dict::default()));
        };
        let mut rest = d.borrow().clone();
        for k in keys.iter() {
            let key = self.map_key(&rest, k.clone())?;
            rest.shift_remove(&key);
        }
        Ok(Value::dict(rest))
    }

    /// A class pattern: the attributes its sub-patterns match, in order (positional, then
    /// keyword), or None when the subject is not an instance or lacks one.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        positional: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(class) = cls else {
            return Err(PyErr::type_error("called match pattern must be a class"));
        };
        let sub_class = self.type_of(subject);
        let is_instance = sub_class.is_subclass(class)
            || (class.builtin == Some(Builtin::Int) && sub_class.builtin == Some(Builtin::Bool));
        if !is_instance {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if positional > 0 {
            let self_matching = matches!(
                class.builtin,
                Some(
                    Builtin::Bool
                        | Builtin::Bytes
                        | Builtin::Dict
                        | Builtin::Float
                        | Builtin::FrozenSet
                        | Builtin::Int
                        | Builtin::List
                        | Builtin::Set
                        | Builtin::Str
                        | Builtin::Tuple
                )
            );
            if self_matching {
                if positional > 1 {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({positional} given)",
                        class.name
                    )));
                }
                out.push(subject.clone());
            } else {
                let args = match class.lookup("__match_args__") {
                    Some(Value::Tuple(t)) => (*t).clone(),
                    _ => Vec::new(),
                };
                if positional > args.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({positional} given)",
                        class.name,
                        args.len(),
                        if args.len() == 1 { "" } else { "s" }
                    )));
                }
                for a in &args[..positional] {
                    let Value::Str(name) = a else {
                        return Err(PyErr::type_error("__match_args__ elements must be strings"));
                    };
                    match self.attr_or_none(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for n in names.iter() {
                let Value::Str(name) = n else { continue };
                match self.attr_or_none(subject, name)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }

    fn attr_or_none(&mut self, obj: &Value, name: &std::rc::Rc<Str>) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
