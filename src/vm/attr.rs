//! Attribute access: `obj.name` reads, writes and deletes, the method lookup behind
//! `LoadMethod` (no bound-method object for the common `obj.m(...)`), descriptors (functions
//! bind, `property`, `classmethod`, `staticmethod`, and Python classes with `__get__`,
//! `__set__`, `__delete__`, `__set_name__`), `object.__setattr__`/`__delattr__`'s generic
//! paths, the special attributes (`__dict__`, `__code__`, `__closure__`...), and
//! `call_dunder` for the operators. Lookup order is CPython's: data descriptors on the type,
//! the instance dict, the type.

use std::rc::Rc;

use super::dict::{Key, StrKey};
use super::error::{ExcKind, PyErr, PyResult};
use super::object::{builtin_type_name, BoundMethod, Builtin, Class};
use super::value::{Str, Value};
use super::Vm;

impl Vm {
    /// The class of a value, as `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        self.type_ref(v).clone()
    }

    /// The class of a value, borrowed (no reference count traffic on hot paths).
    pub fn type_ref<'a>(&'a self, v: &'a Value) -> &'a Rc<Class> {
        let b = match v {
            Value::Instance(i) => return &i.class,
            Value::Undefined | Value::None => Builtin::NoneType,
            Value::NotImplemented => Builtin::NotImplementedType,
            Value::Ellipsis => Builtin::Ellipsis,
            Value::Bool(_) => Builtin::Bool,
            Value::Int(_) | Value::BigInt(_) => Builtin::Int,
            Value::Float(_) => Builtin::Float,
            Value::Str(_) => Builtin::Str,
            Value::Bytes(_) => Builtin::Bytes,
            Value::List(_) => Builtin::List,
            Value::Tuple(_) => Builtin::Tuple,
            Value::Dict(_) => Builtin::Dict,
            Value::Set(s) => {
                if s.frozen {
                    Builtin::FrozenSet
                } else {
                    Builtin::Set
                }
            }
            Value::Range(_) | Value::BigRange(_) => Builtin::Range,
            Value::Slice(_) => Builtin::Slice,
            Value::Function(_) => Builtin::Function,
            Value::Native(_) => Builtin::BuiltinFunction,
            Value::BoundMethod(_) => Builtin::Method,
            Value::Class(_) => Builtin::Type,
            Value::Generator(g) if g.is_coroutine => Builtin::Coroutine,
            Value::Generator(g) if g.is_async_gen => Builtin::AsyncGenerator,
            Value::Generator(_) => Builtin::Generator,
            Value::Future(f) if f.task().is_some() => Builtin::Task,
            Value::Future(_) => Builtin::Future,
            Value::Handle(_) => Builtin::Handle,
            Value::NativeCoro(_) => Builtin::Coroutine,
            Value::Iter(it) => it.state.borrow().builtin(),
            Value::Property(_) => Builtin::Property,
            Value::ClassMethod(_) => Builtin::ClassMethod,
            Value::StaticMethod(_) => Builtin::StaticMethod,
            Value::Module(_) => Builtin::Module,
            Value::Code(_) => Builtin::Code,
            Value::Cell(_) => Builtin::Cell,
            Value::Traceback(_) => Builtin::Traceback,
            Value::Frame(_) => Builtin::Frame,
            Value::Super(_) => Builtin::Super,
            Value::View(_) => Builtin::DictView,
            Value::ByteArray(_) => Builtin::ByteArray,
            Value::File(f) => f.builtin(),
            Value::Primitive(_) => Builtin::Object,
        };
        self.class(b)
    }

    /// Binds what a class holds to the object it was found through.
    pub(super) fn bind(&mut self, found: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        Ok(match found {
            Value::Function(_) | Value::Native(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: found,
                receiver: obj.clone(),
            })),
            Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                func: (*f).clone(),
                receiver: Value::Class(class.clone()),
            })),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Property(p) => {
                if matches!(p.fget, Value::None) {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        "property has no getter",
                    ));
                }
                self.call(&p.fget.clone(), vec![obj.clone()], vec![])?
            }
            other => other,
        })
    }

    /// `obj.name`; an AttributeError leaving it carries `name` and `obj` (for "Did you mean").
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<Str>) -> PyResult<Value> {
        self.lookup_attr(obj, name)
            .or_else(|e| self.attr_lookup_failed(e, obj, name))
    }

    /// An error out of an instance attribute lookup. For an AttributeError (raised anywhere
    /// in it: a missing name, a property's getter, a descriptor's `__get__`), the class's
    /// `__getattr__` gets its turn, as in CPython.
    pub(super) fn attr_lookup_failed(
        &mut self,
        err: PyErr,
        obj: &Value,
        name: &Rc<Str>,
    ) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            let is_attribute_error = match &err {
                PyErr::New { kind, .. } => *kind == ExcKind::AttributeError,
                PyErr::Exc(e) => matches!(e, Value::Instance(i)
                    if i.class.is_subclass(self.exc_class(ExcKind::AttributeError))),
            };
            if is_attribute_error {
                if let Some(getattr) = inst.class.lookup("__getattr__") {
                    return self
                        .call(
                            &getattr,
                            vec![obj.clone(), Value::Str(name.clone())],
                            vec![],
                        )
                        .map_err(|e| self.attribute_error_context(e, obj, name));
                }
            }
        }
        Err(self.attribute_error_context(err, obj, name))
    }

    fn lookup_attr(&mut self, obj: &Value, name: &Rc<Str>) -> PyResult<Value> {
        let key = StrKey::of(name);
        match obj {
            Value::Instance(inst) => {
                let class = inst.class.clone();
                let found = class.lookup_key(&key);
                match &found {
                    Some(Value::Property(_)) => {
                        return self.bind(found.unwrap_or_default(), obj, &class);
                    }
                    // A data descriptor on the type comes before the instance dict.
                    Some(d @ Value::Instance(_)) if is_data_descriptor(d) => {
                        return self.descriptor_get(d, obj, &class);
                    }
                    _ => {}
                }
                if let Some(v) = inst.attr(&key) {
                    return Ok(v);
                }
                if let Some(found) = found {
                    if let Value::Instance(_) = found {
                        return self.descriptor_get(&found, obj, &class);
                    }
                    return self.bind(found, obj, &class);
                }
                if let Some(v) = self.special_attr(obj, &name.s)? {
                    return Ok(v);
                }
                // `get_attr` then tries the class's `__getattr__`.
                Err(no_attribute(obj, &name.s))
            }
            Value::Class(class) => {
                if let Some(found) = class.lookup_key(&key) {
                    return match found {
                        Value::ClassMethod(_) | Value::StaticMethod(_) => {
                            self.bind(found, obj, class)
                        }
                        Value::Instance(_) => self.descriptor_get(&found, &Value::None, class),
                        other => Ok(other),
                    };
                }
                if let Some(v) = self.special_attr(obj, &name.s)? {
                    return Ok(v);
                }
                // The methods of `type` itself (`C.mro()`), bound to the class.
                let meta = self.class(Builtin::Type).clone();
                if let Some(f @ Value::Native(_)) = meta.dict.borrow().get(&key).cloned() {
                    return self.bind(f, obj, class);
                }
                Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("type object '{}' has no attribute '{}'", class.name, name.s),
                ))
            }
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get(&key) {
                    return Ok(v.clone());
                }
                // The module's embedded Python not run yet may define it (`modules::Lazy`).
                if crate::modules::complete_lazy(self, m) {
                    return self.get_attr(obj, name);
                }
                if &*name.s == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                let message = if self.modules.is_initializing(&m.name) {
                    format!(
                        "partially initialized module '{}' has no attribute '{}' \
                         (most likely due to a circular import)",
                        m.name, name.s
                    )
                } else {
                    format!("module '{}' has no attribute '{}'", m.name, name.s)
                };
                Err(PyErr::new(ExcKind::AttributeError, message))
            }
            Value::Super(sup) => {
                let (start, receiver) = (&sup.0, &sup.1);
                let class = match receiver {
                    Value::Class(c) => c.clone(),
                    other => self.type_of(other),
                };
                let mut after = false;
                for c in class.mro_iter() {
                    if after {
                        if let Some(v) = c.dict.borrow().get(&key).cloned() {
                            return match (&v, receiver) {
                                (Value::Function(_), Value::Class(_)) => Ok(v),
                                // `__new__` is a static method: `super().__new__(cls, ...)`.
                                (Value::Native(_), _) if &*name.s == "__new__" => Ok(v),
                                _ => self.bind(v, receiver, &class),
                            };
                        }
                    }
                    if Rc::ptr_eq(c, start) {
                        after = true;
                    }
                }
                Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!("'super' object has no attribute '{}'", name.s),
                ))
            }
            _ => {
                if let Some(v) = self.special_attr(obj, &name.s)? {
                    return Ok(v);
                }
                if let Value::Function(f) = obj {
                    if let Some(v) = f.dict.borrow().get(&key) {
                        return Ok(v.clone());
                    }
                }
                let class = self.type_of(obj);
                if let Some(found) = class.lookup_key(&key) {
                    return self.bind(found, obj, &class);
                }
                Err(no_attribute(obj, &name.s))
            }
        }
    }

    /// `obj.name = value`: the class's Python `__setattr__` if it has one, else
    /// `object.__setattr__`'s behaviour.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<Str>, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(setattr @ Value::Function(_)) = inst.class.lookup("__setattr__") {
                self.call(
                    &setattr,
                    vec![obj.clone(), Value::Str(name.clone()), value],
                    vec![],
                )?;
                return Ok(());
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// `object.__setattr__`: data descriptors (properties) on the type, else the instance
    /// dict (or its slots).
    pub fn generic_set_attr(&mut self, obj: &Value, name: &Rc<Str>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let key = StrKey::of(name);
                let found = inst.class.lookup_key(&key);
                if let Some(d @ Value::Instance(_)) = &found {
                    if let Some(set) = descriptor_method(d, "__set__") {
                        self.call(&set, vec![d.clone(), obj.clone(), value], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Property(p)) = found {
                    if matches!(p.fset, Value::None) {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{}' of '{}' object has no setter",
                                name.s, inst.class.name
                            ),
                        ));
                    }
                    self.call(&p.fset.clone(), vec![obj.clone(), value], vec![])?;
                    return Ok(());
                }
                if let Some(exc) = &inst.exc {
                    match &*name.s {
                        "__cause__" => {
                            let mut e = exc.borrow_mut();
                            e.cause = value;
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            exc.borrow_mut().context = value;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            exc.borrow_mut().suppress_context = matches!(value, Value::Bool(true));
                            return Ok(());
                        }
                        "__traceback__" => return self.set_traceback(obj, &value),
                        _ => {}
                    }
                }
                if !inst.class.has_instance_dict && !super::class::is_slot(&inst.class, &name.s) {
                    return Err(no_slot(obj, inst, name));
                }
                inst.store(name, value);
                Ok(())
            }
            Value::Class(c) if c.builtin.is_none() && c.module.as_ref() != "builtins" => {
                c.dict.borrow_mut().insert(Key::str(name), value);
                super::typecache::class_changed();
                Ok(())
            }
            Value::Function(f) => {
                match &*name.s {
                    "__name__" => *f.name.borrow_mut() = value_to_name(&value)?,
                    "__qualname__" => *f.qualname.borrow_mut() = value_to_name(&value)?,
                    _ => {
                        f.dict.borrow_mut().insert(Key::str(name), value);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().insert(Key::str(name), value);
                Ok(())
            }
            Value::Class(c) => Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.s, c.name
            ))),
            Value::Traceback(_) | Value::Frame(_) => {
                Err(super::tb::set_attr_error(obj, &name.s, &value))
            }
            _ => {
                let has = self.type_of(obj).lookup(&name.s).is_some();
                Err(PyErr::new(
                    ExcKind::AttributeError,
                    if has {
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            builtin_type_name(obj),
                            name.s
                        )
                    } else {
                        format!(
                            "'{}' object has no attribute '{}'",
                            builtin_type_name(obj),
                            name.s
                        )
                    },
                ))
            }
        }
    }

    /// `del obj.name`: the class's Python `__delattr__` if it has one, else
    /// `object.__delattr__`'s behaviour.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<Str>) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(delattr @ Value::Function(_)) = inst.class.lookup("__delattr__") {
                self.call(
                    &delattr,
                    vec![obj.clone(), Value::Str(name.clone())],
                    vec![],
                )?;
                return Ok(());
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`: a property's deleter, else the instance dict.
    pub fn generic_del_attr(&mut self, obj: &Value, name: &Rc<Str>) -> PyResult<()> {
        let key = StrKey::of(name);
        let removed = match obj {
            Value::Instance(inst) => {
                let found = inst.class.lookup_key(&key);
                if let Some(d @ Value::Instance(_)) = &found {
                    if let Some(delete) = descriptor_method(d, "__delete__") {
                        self.call(&delete, vec![d.clone(), obj.clone()], vec![])?;
                        return Ok(());
                    }
                }
                if let Some(Value::Property(p)) = found {
                    if matches!(p.fdel, Value::None) {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{}' of '{}' object has no deleter",
                                name.s, inst.class.name
                            ),
                        ));
                    }
                    self.call(&p.fdel.clone(), vec![obj.clone()], vec![])?;
                    return Ok(());
                }
                if inst.exc.is_some()
                    && matches!(&*name.s, "__traceback__" | "__cause__" | "__context__")
                {
                    return Err(PyErr::type_error(format!("{} may not be deleted", name.s)));
                }
                inst.remove(&key).is_some()
            }
            Value::Class(c) if c.builtin.is_none() => {
                super::typecache::class_changed();
                c.dict.borrow_mut().shift_remove(&key).is_some()
            }
            Value::Function(f) => f.dict.borrow_mut().shift_remove(&key).is_some(),
            Value::Module(m) => {
                crate::modules::complete_lazy(self, m);
                m.dict.borrow_mut().shift_remove(&key).is_some()
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(no_attribute(obj, &name.s))
        }
    }

    /// `LoadMethod`: a plain function found on the type comes back unbound with the object as
    /// its first argument; anything else as the attribute's value and no receiver.
    pub fn load_method(&mut self, obj: &Value, name: &Rc<Str>) -> PyResult<(Value, Value)> {
        let key = StrKey::of(name);
        let class = match obj {
            Value::Instance(inst) => {
                if let Some(v) = inst.attr(&key) {
                    return Ok((v, Value::Undefined));
                }
                inst.class.clone()
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Function(_) => {
                return Ok((self.get_attr(obj, name)?, Value::Undefined))
            }
            _ => self.type_of(obj),
        };
        match class.lookup_key(&key) {
            Some(f @ (Value::Function(_) | Value::Native(_))) => Ok((f, obj.clone())),
            _ => Ok((self.get_attr(obj, name)?, Value::Undefined)),
        }
    }

    /// Calls a special method found on the type (never the instance dict), as the operators
    /// do. `None` when the type does not define it.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        mut args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let found = if super::subclass::has_base(obj) {
            super::subclass::user_override(&class, &StrKey::new(name))
        } else {
            class.lookup(name)
        };
        let Some(found) = found else {
            return Ok(None);
        };
        match found {
            Value::Function(_) | Value::Native(_) => {
                args.insert(0, obj.clone());
                self.call(&found, args, vec![]).map(Some)
            }
            other => {
                let bound = self.bind(other, obj, &class)?;
                self.call(&bound, args, vec![]).map(Some)
            }
        }
    }
}

impl Vm {
    /// What a descriptor found on `class` gives for `obj` (`None` for access through the
    /// class): its `__get__(obj, class)`, or the object itself when it has none.
    fn descriptor_get(&mut self, d: &Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        match descriptor_method(d, "__get__") {
            Some(get) => self.call(
                &get,
                vec![d.clone(), obj.clone(), Value::Class(class.clone())],
                vec![],
            ),
            None => Ok(d.clone()),
        }
    }

    /// `__set_name__(owner, name)` for each attribute of a new class that defines it.
    pub fn set_names(&mut self, class: &Rc<Class>) -> PyResult<()> {
        let items: Vec<(Value, Value)> = class
            .dict
            .borrow()
            .iter()
            .filter(|(_, v)| matches!(v, Value::Instance(_)))
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect();
        for (name, v) in items {
            if let Some(set_name) = descriptor_method(&v, "__set_name__") {
                self.call(
                    &set_name,
                    vec![v, Value::Class(class.clone()), name],
                    vec![],
                )?;
            }
        }
        Ok(())
    }
}

/// A special method of a descriptor object's class (Python-defined).
fn descriptor_method(d: &Value, name: &str) -> Option<Value> {
    match d {
        Value::Instance(i) => i
            .class
            .lookup(name)
            .filter(|m| matches!(m, Value::Function(_))),
        _ => None,
    }
}

/// A data descriptor defines `__set__` or `__delete__`: it wins over the instance dict.
fn is_data_descriptor(d: &Value) -> bool {
    descriptor_method(d, "__set__").is_some() || descriptor_method(d, "__delete__").is_some()
}

/// Whether a descriptor object defines `__set__` (it then takes over `obj.name = v`).
pub(super) fn has_set(d: &Value) -> bool {
    descriptor_method(d, "__set__").is_some()
}

fn value_to_name(v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.s.as_str().into()),
        _ => Err(PyErr::type_error("__name__ must be set to a string object")),
    }
}

/// Setting an attribute that is neither a slot nor allowed without a `__dict__`.
fn no_slot(obj: &Value, inst: &super::object::Instance, name: &Str) -> PyErr {
    if inst.class.lookup(&name.s).is_some() {
        return PyErr::new(
            ExcKind::AttributeError,
            format!(
                "'{}' object attribute '{}' is read-only",
                inst.class.name, name.s
            ),
        );
    }
    no_attribute(obj, &name.s)
}

pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            builtin_type_name(obj),
            name
        ),
    )
}
