//! Subclasses of the built-in types (`class Stack(list)`, `class Name(str)`, `class C(dict)`).
//! An instance of one holds the built-in value it is (`Instance::base`), made by the built-in
//! `__new__`. The operators and built-in functions look for a Python override of a special
//! method only in the classes before the first built-in base — where CPython's type slots
//! would find one — and without one they run on the base value, so `len(s)`, `s[0]`,
//! `s + [4]` and `repr(s)` behave as on the built-in type (and give built-in results, as
//! CPython: `type(s + [4])` is `list`). A dict subclass's `__missing__` is honoured by `d[k]`.

use std::rc::Rc;

use super::dict::StrKey;
use super::error::{ExcKind, PyErr, PyResult};
use super::object::{Builtin, Class, Instance};
use super::value::Value;
use super::Vm;

/// The value itself, or for an instance of a subclass of a built-in type the built-in value
/// it stands for (what the built-in type's methods work on).
pub fn base_of(v: &Value) -> &Value {
    match v {
        Value::Instance(i) => i.base.as_ref().unwrap_or(v),
        _ => v,
    }
}

/// The mutable built-in value (list, dict) an instance of a Python subclass is, for item
/// assignment; `None` for other values and for read-only views (`mappingproxy`).
pub fn mutable_base(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if i.class.builtin.is_none() => i.base.clone(),
        _ => None,
    }
}

/// Is `v` an instance of a subclass of a built-in type?
pub fn has_base(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.base.is_some())
}

/// What a Python class defines for `name` in `class` or in a class before its first
/// built-in base in the MRO (CPython's slots of the built-in type come before anything after
/// it).
pub fn user_override(class: &Rc<Class>, name: &StrKey) -> Option<Value> {
    for c in class.mro_iter() {
        if c.builtin.is_some() {
            return None;
        }
        if let Some(v) = c.dict.borrow().get(name) {
            return Some(v.clone());
        }
    }
    None
}

/// The built-in type a class derives from, other than `object` (`list` for `class L(list)`).
pub fn builtin_base(class: &Rc<Class>) -> Option<Builtin> {
    class
        .mro_iter()
        .find_map(|c| c.builtin)
        .filter(|&b| b != Builtin::Object)
}

/// The built-in types a `class` statement may derive from; the others are refused with
/// CPython's "is not an acceptable base type" (or, for the ones weft cannot subclass yet, a
/// NotImplementedError naming them).
pub fn check_base(b: &Class) -> PyResult<()> {
    match b.builtin {
        None
        | Some(
            Builtin::Object
            | Builtin::Int
            | Builtin::Float
            | Builtin::Str
            | Builtin::Bytes
            | Builtin::List
            | Builtin::Tuple
            | Builtin::Dict
            | Builtin::Set
            | Builtin::FrozenSet,
        ) => Ok(()),
        Some(
            Builtin::Type
            | Builtin::Property
            | Builtin::ClassMethod
            | Builtin::StaticMethod
            | Builtin::Super
            | Builtin::Future
            | Builtin::Task
            | Builtin::EventLoop,
        ) => Err(PyErr::new(
            ExcKind::NotImplementedError,
            format!(
                "weft does not support subclassing the built-in type '{}' yet",
                b.name
            ),
        )),
        Some(_) => Err(PyErr::type_error(format!(
            "type '{}' is not an acceptable base type",
            b.name
        ))),
    }
}

impl Vm {
    /// A built-in value as an instance of `class`: the value itself when `class` is the
    /// built-in type, else an instance of the subclass holding it.
    pub fn wrap_builtin(&self, class: &Rc<Class>, value: Value) -> Value {
        if class.builtin.is_some() {
            return value;
        }
        Value::Instance(Rc::new(Instance::new(class.clone(), None, Some(value))))
    }

    /// `C.__dict__`: a read-only live view of the class's namespace (a `mappingproxy`: an
    /// instance of the built-in class holding the namespace dict; item assignment is refused
    /// because only subclasses made by `class` statements write through to their base).
    pub fn mappingproxy(&self, class: &Rc<Class>) -> Value {
        Value::Instance(Rc::new(Instance::new(
            self.class(Builtin::MappingProxy).clone(),
            None,
            Some(Value::Dict(class.dict.clone())),
        )))
    }

    /// `d[key]` for a dict subclass instance `obj` whose dict is `d`: a missing key goes to
    /// the class's `__missing__`, as CPython's `dict.__getitem__` does for subclasses.
    pub fn dict_subscript(&mut self, obj: &Value, d: &Value, key: &Value) -> PyResult<Value> {
        let Value::Dict(dict) = d else {
            return self.getitem(d, key);
        };
        let k = self.dict_key(dict, key.clone())?;
        if let Some(v) = dict.borrow().get(&k) {
            return Ok(v.clone());
        }
        if has_base(obj) {
            let class = self.type_of(obj);
            if let Some(missing) = class.lookup_key(&StrKey::new("__missing__")) {
                let bound = self.bind(missing, obj, &class)?;
                return self.call(&bound, vec![key.clone()], vec![]);
            }
        }
        Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
    }
}
