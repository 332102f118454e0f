//! Classes: the built-in ones made at start-up (`object`, `int`, ..., the exception hierarchy)
//! and the ones a `class` statement makes, with CPython's C3 method resolution order.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, Key};
use super::error::{ExcKind, PyErr, PyResult};
use super::object::{Builtin, Class};
use super::value::{Str, Value};

const BUILTINS: &[(Builtin, &str)] = &[
    (Builtin::Object, "object"),
    (Builtin::Type, "type"),
    (Builtin::NoneType, "NoneType"),
    (Builtin::NotImplementedType, "NotImplementedType"),
    (Builtin::Ellipsis, "ellipsis"),
    (Builtin::Int, "int"),
    (Builtin::Bool, "bool"),
    (Builtin::Float, "float"),
    (Builtin::Str, "str"),
    (Builtin::Bytes, "bytes"),
    (Builtin::List, "list"),
    (Builtin::Tuple, "tuple"),
    (Builtin::Dict, "dict"),
    (Builtin::Set, "set"),
    (Builtin::FrozenSet, "frozenset"),
    (Builtin::Range, "range"),
    (Builtin::Slice, "slice"),
    (Builtin::Function, "function"),
    (Builtin::BuiltinFunction, "builtin_function_or_method"),
    (Builtin::Method, "method"),
    (Builtin::Generator, "generator"),
    (Builtin::Coroutine, "coroutine"),
    (Builtin::AsyncGenerator, "async_generator"),
    (Builtin::Future, "Future"),
    (Builtin::Task, "Task"),
    (Builtin::Handle, "Handle"),
    (Builtin::EventLoop, "_UnixSelectorEventLoop"),
    (Builtin::Iterator, "iterator"),
    (Builtin::Property, "property"),
    (Builtin::ClassMethod, "classmethod"),
    (Builtin::StaticMethod, "staticmethod"),
    (Builtin::Module, "module"),
    (Builtin::Code, "code"),
    (Builtin::Super, "super"),
    (Builtin::DictView, "dict_view"),
    (Builtin::ByteArray, "bytearray"),
    (Builtin::TextIOWrapper, "TextIOWrapper"),
    (Builtin::BufferedReader, "BufferedReader"),
    (Builtin::BufferedWriter, "BufferedWriter"),
    (Builtin::BufferedRandom, "BufferedRandom"),
    (Builtin::Enumerate, "enumerate"),
    (Builtin::Zip, "zip"),
    (Builtin::Map, "map"),
    (Builtin::Filter, "filter"),
    (Builtin::CallableIterator, "callable_iterator"),
    (Builtin::MappingProxy, "mappingproxy"),
    (Builtin::Cell, "cell"),
    (Builtin::Traceback, "traceback"),
    (Builtin::Frame, "frame"),
];

fn new_class(
    name: &str,
    bases: Vec<Rc<Class>>,
    mro: Vec<Rc<Class>>,
    builtin: Option<Builtin>,
    exc_kind: Option<ExcKind>,
) -> Rc<Class> {
    Rc::new(Class {
        name: name.into(),
        qualname: name.into(),
        module: "builtins".into(),
        bases,
        mro,
        dict: Rc::new(RefCell::new(Dict::default())),
        has_instance_dict: exc_kind.is_some(),
        exc_kind,
        builtin,
        lookups: Default::default(),
        shared_keys: Default::default(),
        spare_values: Default::default(),
        constructors: Default::default(),
    })
}

/// The built-in classes, indexed by `Builtin as usize`, and the exception classes, indexed by
/// `ExcKind as usize`.
pub fn builtin_classes() -> (Vec<Rc<Class>>, Vec<Rc<Class>>) {
    let object = new_class("object", vec![], vec![], Some(Builtin::Object), None);
    let mut classes: Vec<Rc<Class>> = Vec::new();
    for (i, &(b, name)) in BUILTINS.iter().enumerate() {
        debug_assert_eq!(b as usize, i);
        let class = match b {
            Builtin::Object => object.clone(),
            Builtin::Bool => {
                let int = classes[Builtin::Int as usize].clone();
                new_class(
                    name,
                    vec![int.clone()],
                    vec![int, object.clone()],
                    Some(b),
                    None,
                )
            }
            // asyncio.Task subclasses asyncio.Future, as in CPython (isinstance checks in
            // wait/as_completed/shield rely on it).
            Builtin::Task => {
                let future = classes[Builtin::Future as usize].clone();
                new_class(
                    name,
                    vec![future.clone()],
                    vec![future, object.clone()],
                    Some(b),
                    None,
                )
            }
            _ => new_class(
                name,
                vec![object.clone()],
                vec![object.clone()],
                Some(b),
                None,
            ),
        };
        classes.push(class);
    }
    let mut excs: Vec<Rc<Class>> = Vec::new();
    for &kind in ExcKind::ALL {
        let (bases, mro) = match kind.parent() {
            None => (vec![object.clone()], vec![object.clone()]),
            // ExceptionGroup(BaseExceptionGroup, Exception), as CPython.
            Some(p) if kind == ExcKind::ExceptionGroup => {
                let group = excs[p as usize].clone();
                let exception = excs[ExcKind::Exception as usize].clone();
                let mro = vec![group.clone(), exception.clone()]
                    .into_iter()
                    .chain(exception.mro.iter().cloned())
                    .collect();
                (vec![group, exception], mro)
            }
            Some(p) => {
                let parent: Rc<Class> = excs[p as usize].clone();
                let mut mro = vec![parent.clone()];
                mro.extend(parent.mro.iter().cloned());
                (vec![parent], mro)
            }
        };
        let mut class = new_class(kind.name(), bases, mro, None, Some(kind));
        if let Some(c) = Rc::get_mut(&mut class) {
            c.module = kind.module().into();
        }
        excs.push(class);
    }
    (classes, excs)
}

/// C3 linearization of `bases` (without the new class itself).
fn c3(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Makes a class from a finished class body's namespace.
pub fn make_class(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
    namespace: Dict,
    object: &Rc<Class>,
) -> PyResult<Rc<Class>> {
    let bases = if bases.is_empty() {
        vec![object.clone()]
    } else {
        bases
    };
    for b in &bases {
        super::subclass::check_base(b)?;
    }
    let layouts: Vec<_> = bases
        .iter()
        .filter_map(super::subclass::builtin_base)
        .collect();
    if layouts.iter().any(|&b| b != layouts[0]) {
        return Err(PyErr::type_error(
            "multiple bases have instance lay-out conflict",
        ));
    }
    let mut namespace = namespace;
    // As CPython's type(): `__qualname__` becomes the class's own field, and every class
    // dict has a `__doc__` (None when the body had no docstring, so it is not inherited).
    namespace.shift_remove(&super::dict::StrKey::new("__qualname__"));
    if !namespace.contains_key(&super::dict::StrKey::new("__doc__")) {
        namespace.insert(Key::str(&Rc::new(Str::new("__doc__"))), Value::None);
    }
    // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
    if namespace.contains_key(&super::dict::StrKey::new("__eq__"))
        && !namespace.contains_key(&super::dict::StrKey::new("__hash__"))
    {
        namespace.insert(Key::str(&Rc::new(Str::new("__hash__"))), Value::None);
    }
    let has_instance_dict = bases.iter().any(|b| b.has_instance_dict)
        || match namespace.get(&super::dict::StrKey::new("__slots__")) {
            None => true,
            Some(slots) => slot_names(slots).iter().any(|s| s == "__dict__"),
        };
    let mro = c3(&bases)?;
    let exc_kind = mro.iter().find_map(|c| c.exc_kind);
    Ok(Rc::new(Class {
        name: name.into(),
        qualname: qualname.into(),
        module: module.into(),
        bases,
        mro,
        dict: Rc::new(RefCell::new(namespace)),
        exc_kind,
        builtin: None,
        has_instance_dict,
        lookups: Default::default(),
        shared_keys: Default::default(),
        spare_values: Default::default(),
        constructors: Default::default(),
    }))
}

/// The names a `__slots__` value declares (a string is one name).
pub fn slot_names(slots: &Value) -> Vec<String> {
    match slots {
        Value::Str(s) => vec![s.s.to_string()],
        Value::Tuple(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        Value::List(items) => items
            .borrow()
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// Is `name` declared in the `__slots__` of `class` or one of its bases?
pub fn is_slot(class: &Rc<Class>, name: &str) -> bool {
    class.mro_iter().any(|c| {
        c.dict
            .borrow()
            .get(&super::dict::StrKey::new("__slots__"))
            .is_some_and(|s| slot_names(s).iter().any(|n| n == name))
    })
}

/// Puts `value` under `name` in a class's dict (start-up code filling built-in classes).
pub fn set_class_attr(class: &Rc<Class>, name: &str, value: Value) {
    class
        .dict
        .borrow_mut()
        .insert(Key::str(&Rc::new(Str::new(name))), value);
    // No cached lookup may predate the change.
    super::typecache::class_changed();
}
