//! The `sys` module: `argv`, `exit`, `exc_info`/`exception`, the recursion limit (the VM's
//! own), `stdout`/`stderr` objects with `write`/`flush`, `version`/`version_info` naming weft,
//! `maxsize`, `path`, `modules` (the VM's module cache itself, so changes to it are seen by
//! `import`).

use std::io::Write;
use std::rc::Rc;

use super::ModuleBuilder;
use crate::builtins::{check_args, int_arg, native, Kwargs};
use crate::vm::{
    make_class, Dict, ExcKind, Instance, Key, PyErr, PyResult, Str, StrKey, Value, Vm,
};

pub fn init(vm: &mut Vm, m: &mut ModuleBuilder) {
    let argv = vm
        .modules
        .argv
        .iter()
        .map(|a| Value::str(a.as_str()))
        .collect();
    m.value("argv", Value::list(argv));
    m.value("modules", Value::Dict(vm.modules.cache.clone()));
    // Informational: weft imports `.py` modules from the script's folder only.
    let dir = vm.modules.dir.to_string_lossy().into_owned();
    m.value("path", Value::list(vec![Value::str(dir)]));
    m.value("maxsize", Value::Int(i64::MAX));
    m.value(
        "version",
        Value::str(format!(
            "3.11.0 (weft {}, a Python-like interpreter)",
            env!("CARGO_PKG_VERSION")
        )),
    );
    m.value(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        os => os,
    };
    m.value("platform", Value::str(platform));
    m.value("byteorder", Value::str("little"));
    m.function("exit", exit);
    m.function("exc_info", exc_info);
    m.function("exception", exception);
    m.function("getrecursionlimit", getrecursionlimit);
    m.function("setrecursionlimit", setrecursionlimit);
    if let Some(class) = stream_class(vm) {
        m.value("stdout", stream(&class, "<stdout>"));
        m.value("stderr", stream(&class, "<stderr>"));
    }
}

fn exit(_vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("exit", args, &kwargs, 0, 1)?;
    Err(PyErr::with_args(ExcKind::SystemExit, args.to_vec()))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn exc_info(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("exc_info", args, &kwargs, 0, 0)?;
    Ok(Value::tuple(vm.exc_info().to_vec()))
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("exception", args, &kwargs, 0, 0)?;
    let [_, exc, _] = vm.exc_info();
    Ok(exc)
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("getrecursionlimit", args, &kwargs, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("setrecursionlimit", args, &kwargs, 1, 1)?;
    if matches!(args[0], Value::Float(_)) {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(&args[0], "")?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::None)
}

/// The class of `sys.stdout` and `sys.stderr` (CPython's `_io.TextIOWrapper`).
fn stream_class(vm: &mut Vm) -> Option<Rc<crate::vm::Class>> {
    let mut ns = Dict::default();
    for (name, f) in [("write", write as crate::vm::NativeFn), ("flush", flush)] {
        ns.insert(Key::str(&Rc::new(Str::new(name))), native(name, f));
    }
    let object = vm.class(crate::vm::Builtin::Object).clone();
    make_class("TextIOWrapper", "TextIOWrapper", "_io", vec![], ns, &object).ok()
}

fn stream(class: &Rc<crate::vm::Class>, name: &str) -> Value {
    let stream = Instance::new(class.clone(), None, None);
    stream.store_str("name", Value::str(name));
    Value::Instance(Rc::new(stream))
}

fn is_stderr(stream: &Value) -> bool {
    matches!(stream, Value::Instance(i)
        if i.attr(&StrKey::new("name")).as_ref().and_then(Value::as_str) == Some("<stderr>"))
}

fn write(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("write", args, &kwargs, 2, 2)?;
    let Value::Str(text) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            crate::vm::type_name(&args[1])
        )));
    };
    if is_stderr(&args[0]) {
        // Keep what the program printed before in order with its errors on a terminal.
        vm.flush_out();
        let _ = std::io::stderr().write_all(text.s.as_bytes());
    } else {
        vm.write_out(&text.s);
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn flush(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("flush", args, &kwargs, 1, 1)?;
    if !is_stderr(&args[0]) {
        vm.flush_out();
    }
    Ok(Value::None)
}
