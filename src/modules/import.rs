//! The import machinery behind the `ImportName`, `ImportFrom` and `ImportStar` instructions:
//! takes dotted names, gives module objects from the cache, the native registry or `.py`
//! files (a folder with `__init__.py` is a package whose submodules are files inside it).
//! Errors carry CPython's messages: "No module named 'x'", "cannot import name 'y' from 'm'".

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::{Init, ModuleBuilder, NATIVE_MODULES};
use crate::vm::{Dict, ExcKind, Key, Module, PyErr, PyResult, Source, Str, StrKey, Value, Vm};

/// CPython's built-in modules: found before the script's folder (a local `sys.py` does not
/// shadow `sys`); other native modules stand in for stdlib files, which come after it.
const BUILT_IN: &[&str] = &["sys", "time", "builtins", "itertools"];

/// `import name` (`leaf` false: the top-level package is pushed) or `from name import ...`
/// / `import name as x` (`leaf` true: the named module itself). A relative name (`level`
/// dots) is resolved against `__package__` in the importing module's `globals`.
pub fn import_name(
    vm: &mut Vm,
    globals: &RefCell<Dict>,
    name: &str,
    level: u16,
    leaf: bool,
) -> PyResult<Value> {
    if level > 0 {
        let full = resolve_relative(globals, name, level)?;
        return import_dotted(vm, &full);
    }
    let module = import_dotted(vm, name)?;
    if leaf {
        return Ok(module);
    }
    let top = name.split('.').next().unwrap_or(name);
    Ok(cached(vm, top).unwrap_or(module))
}

/// `from ..x import y` inside package `a.b.c`: `a.b.x` (each dot past the first goes up one).
fn resolve_relative(globals: &RefCell<Dict>, name: &str, level: u16) -> PyResult<String> {
    let package = match globals.borrow().get(&StrKey::new("__package__")) {
        Some(Value::Str(p)) if !p.s.is_empty() => p.s.to_string(),
        _ => {
            return Err(PyErr::new(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ))
        }
    };
    let mut base = package.as_str();
    for _ in 1..level {
        base = match base.rsplit_once('.') {
            Some((parent, _)) => parent,
            None => {
                return Err(PyErr::new(
                    ExcKind::ImportError,
                    "attempted relative import beyond top-level package",
                ))
            }
        };
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `from module import name`: the attribute, or a submodule of a package.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Rc<Str>) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return vm.get_attr(module, name).map_err(|_| {
            PyErr::new(
                ExcKind::ImportError,
                format!("cannot import name '{}'", name.s),
            )
        });
    };
    if let Some(v) = m.dict.borrow().get(&StrKey::of(name)) {
        return Ok(v.clone());
    }
    if super::complete_lazy(vm, m) {
        return import_from(vm, module, name);
    }
    if attr(m, "__path__").is_some() {
        let full = format!("{}.{}", m.name, name.s);
        if let Some(sub) = find_module(vm, &full)? {
            return Ok(sub);
        }
    }
    let location = match attr(m, "__file__") {
        Some(Value::Str(f)) => f.s.to_string(),
        _ => "unknown location".into(),
    };
    let message = if vm.modules.is_initializing(&m.name) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' \
             (most likely due to a circular import) ({location})",
            name.s, m.name
        )
    } else {
        format!(
            "cannot import name '{}' from '{}' ({location})",
            name.s, m.name
        )
    };
    Err(PyErr::new(ExcKind::ImportError, message))
}

/// `from module import *`: the names in `__all__`, or every name not starting with `_`.
pub fn import_star(vm: &mut Vm, module: &Value, namespace: &RefCell<Dict>) -> PyResult<()> {
    let Value::Module(m) = module else {
        return Err(PyErr::type_error("import * needs a module"));
    };
    super::complete_lazy(vm, m);
    let names: Vec<Value> = match attr(m, "__all__") {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{}.__all__ must be a list or tuple of str, not {}",
                m.name,
                crate::vm::type_name(&other)
            )))
        }
        None => m
            .dict
            .borrow()
            .keys()
            .filter(|k| !k.value.as_str().is_some_and(|s| s.starts_with('_')))
            .map(|k| k.value.clone())
            .collect(),
    };
    for name in names {
        let Value::Str(name) = name else {
            return Err(PyErr::type_error(format!(
                "Item in {}.__all__ must be str, not {}",
                m.name,
                crate::vm::type_name(&name)
            )));
        };
        let value = vm.get_attr(module, &name)?;
        namespace.borrow_mut().insert(Key::str(&name), value);
    }
    Ok(())
}

fn attr(m: &Module, name: &str) -> Option<Value> {
    m.dict.borrow().get(&StrKey::new(name)).cloned()
}

fn cached(vm: &Vm, name: &str) -> Option<Value> {
    vm.modules.cache.borrow().get(&StrKey::new(name)).cloned()
}

fn not_found(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    )
}

/// Imports a dotted name: each parent first, each submodule set as its parent's attribute.
fn import_dotted(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = cached(vm, name) {
        return Ok(m);
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        let parent_module = import_dotted(vm, parent)?;
        let is_package =
            matches!(&parent_module, Value::Module(m) if attr(m, "__path__").is_some());
        if !is_package {
            return Err(PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'; '{parent}' is not a package"),
            ));
        }
    }
    find_module(vm, name)?.ok_or_else(|| not_found(name))
}

/// Loads a module whose parent package (if any) is imported already; `None` if none exists.
fn find_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if let Some(m) = cached(vm, name) {
        return Ok(Some(m));
    }
    let native = NATIVE_MODULES.iter().find(|(n, _)| *n == name);
    if let Some((_, init)) = native.filter(|(n, _)| BUILT_IN.contains(n)) {
        return Ok(Some(native_module(vm, name, *init)));
    }
    let (dir, stem) = match name.rsplit_once('.') {
        None => (vm.modules.dir.clone(), name),
        Some((parent, stem)) => {
            let dir = cached(vm, parent).and_then(|p| match p {
                Value::Module(m) => match attr(&m, "__path__") {
                    Some(Value::List(l)) => l
                        .borrow()
                        .first()
                        .and_then(|d| d.as_str().map(PathBuf::from)),
                    _ => None,
                },
                _ => None,
            });
            match dir {
                Some(dir) => (dir, stem),
                None => return Ok(None),
            }
        }
    };
    if let Some(m) = load_file(vm, name, &dir, stem)? {
        if let Some((parent, stem)) = name.rsplit_once('.') {
            if let Some(Value::Module(p)) = cached(vm, parent) {
                p.dict
                    .borrow_mut()
                    .insert(Key::str(&Rc::new(Str::new(stem))), m.clone());
            }
        }
        return Ok(Some(m));
    }
    Ok(native.map(|(_, init)| native_module(vm, name, *init)))
}

/// Builds a native module and caches it.
fn native_module(vm: &mut Vm, name: &str, init: Init) -> Value {
    let mut builder = ModuleBuilder::default();
    builder.value("__name__", Value::str(name));
    init(vm, &mut builder);
    let module = Value::Module(Rc::new(Module {
        name: name.into(),
        dict: builder.dict,
    }));
    vm.modules
        .cache
        .borrow_mut()
        .insert(Key::str(&Rc::new(Str::new(name))), module.clone());
    module
}

/// Runs `dir/stem.py` (or the package `dir/stem/__init__.py`) as module `name`.
fn load_file(vm: &mut Vm, name: &str, dir: &Path, stem: &str) -> PyResult<Option<Value>> {
    let file = dir.join(format!("{stem}.py"));
    let package = dir.join(stem).join("__init__.py");
    let (path, package_dir) = if file.is_file() {
        (file, None)
    } else if package.is_file() {
        (package, Some(dir.join(stem)))
    } else {
        return Ok(None);
    };
    let shown = std::fs::canonicalize(&path)
        .unwrap_or_else(|_| path.clone())
        .to_string_lossy()
        .into_owned();
    let text = std::fs::read_to_string(&path).map_err(|e| {
        PyErr::new(
            ExcKind::ImportError,
            format!("cannot read module '{name}' from {shown}: {e}"),
        )
    })?;
    let code = crate::compile(&text, &shown).map_err(|e| {
        let line = crate::span::line_col(&text, e.span.start).0;
        PyErr::new(
            ExcKind::SyntaxError,
            format!("{} ({shown}, line {line})", e.message),
        )
    })?;
    let mut globals = Dict::default();
    let mut set = |k: &str, v: Value| globals.insert(Key::str(&Rc::new(Str::new(k))), v);
    set("__name__", Value::str(name));
    set("__file__", Value::str(&*shown));
    set("__builtins__", Value::None);
    let package = match &package_dir {
        Some(_) => name,
        None => name.rsplit_once('.').map_or("", |(parent, _)| parent),
    };
    set("__package__", Value::str(package));
    if let Some(d) = package_dir {
        let d = std::fs::canonicalize(&d).unwrap_or(d);
        set(
            "__path__",
            Value::list(vec![Value::str(d.to_string_lossy())]),
        );
    }
    let globals = Rc::new(RefCell::new(globals));
    let module = Value::Module(Rc::new(Module {
        name: name.into(),
        dict: globals.clone(),
    }));
    let key = Key::str(&Rc::new(Str::new(name)));
    vm.modules
        .cache
        .borrow_mut()
        .insert(key.clone(), module.clone());
    vm.modules.initializing.push(name.to_string());
    let source = Rc::new(Source {
        filename: shown,
        text,
    });
    let result = vm.run_module(&code, source, globals);
    vm.modules.initializing.pop();
    if let Err(e) = result {
        vm.modules.cache.borrow_mut().shift_remove(&key);
        return Err(e);
    }
    // A module may replace itself in `sys.modules`; the import gives what is there.
    Ok(Some(cached(vm, name).unwrap_or(module)))
}
