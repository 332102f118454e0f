//! The built-ins that look at namespaces: `globals()`, `locals()`, `vars()`, `dir()`, and
//! `eval`/`exec` of source strings (compiled by weft's own front end; a syntax error becomes
//! a Python `SyntaxError` with CPython's `msg`, `lineno`, `offset` and `text`). They read the
//! calling frame's namespaces from `Vm::scopes` (they are `needs_scope` natives).

use std::cell::RefCell;
use std::rc::Rc;

use super::{check_args, take_kw, Kwargs};
use crate::vm::{Dict, ExcKind, Key, Native, NativeFn, PyErr, PyResult, Str, StrKey, Value, Vm};

pub fn install(vm: &mut Vm) {
    let natives: &[(&'static str, NativeFn)] = &[
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("eval", eval),
        ("exec", exec),
    ];
    for &(name, f) in natives {
        let native = Value::Native(Rc::new(Native {
            name,
            f,
            needs_scope: true,
        }));
        super::def_value(vm, name, native);
    }
}

fn globals(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("globals", args, &kwargs, 0, 0)?;
    Ok(Value::Dict(vm.current_scope().globals))
}

fn locals(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("locals", args, &kwargs, 0, 0)?;
    Ok(vm.current_scope().locals)
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("vars", args, &kwargs, 0, 1)?;
    let Some(obj) = args.first() else {
        return Ok(vm.current_scope().locals);
    };
    let name = Rc::new(Str::new("__dict__"));
    vm.get_attr(obj, &name).map_err(|e| {
        if vm.err_matches(&e, ExcKind::AttributeError) {
            PyErr::type_error("vars() argument must have __dict__ attribute")
        } else {
            e
        }
    })
}

/// The names `object` gives every object (CPython 3.11's `dir(object())`).
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

fn dir(vm: &mut Vm, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_args("dir", args, &kwargs, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    let add_dict = |names: &mut Vec<String>, d: &Dict| {
        names.extend(d.keys().filter_map(|k| k.value.as_str().map(String::from)));
    };
    match args.first() {
        None => {
            if let Value::Dict(d) = vm.current_scope().locals {
                add_dict(&mut names, &d.borrow());
            }
        }
        Some(Value::Module(m)) => add_dict(&mut names, &m.dict.borrow()),
        Some(obj) => {
            let class = match obj {
                Value::Class(c) => c.clone(),
                other => {
                    if let Value::Instance(i) = other {
                        if i.class.has_instance_dict {
                            add_dict(&mut names, &i.dict().borrow());
                        }
                    }
                    vm.type_of(other)
                }
            };
            for c in class.mro_iter() {
                add_dict(&mut names, &c.dict.borrow());
                if let Some(slots) = c.dict.borrow().get(&StrKey::new("__slots__")) {
                    names.extend(crate::vm::slot_names(slots));
                }
                if c.builtin.is_none() {
                    // What CPython's type() puts in every class namespace.
                    names.extend(["__module__", "__doc__"].map(String::from));
                    if c.has_instance_dict {
                        names.extend(["__dict__", "__weakref__"].map(String::from));
                    }
                }
            }
            names.extend(OBJECT_NAMES.iter().map(|s| s.to_string()));
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

type Namespace = Rc<RefCell<Dict>>;

/// The namespaces `eval`/`exec` run in: the given dicts, or the caller's.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<(Namespace, Namespace)> {
    let globals = globals.filter(|g| !matches!(g, Value::None));
    let locals = locals.filter(|l| !matches!(l, Value::None));
    let (g, default_locals) = match globals {
        Some(Value::Dict(g)) => (g.clone(), Value::Dict(g)),
        Some(other) => {
            return Err(PyErr::type_error(if fname == "exec" {
                format!(
                    "exec() globals must be a dict, not {}",
                    crate::vm::type_name(&other)
                )
            } else {
                "globals must be a dict".to_string()
            }))
        }
        None => {
            let scope = vm.current_scope();
            (scope.globals, scope.locals)
        }
    };
    let l = match locals.unwrap_or(default_locals) {
        Value::Dict(l) => l,
        other => {
            return Err(PyErr::type_error(format!(
                "locals must be a mapping, not {}",
                crate::vm::type_name(&other)
            )))
        }
    };
    // CPython puts the builtins into globals that lack them.
    let key = StrKey::new("__builtins__");
    if !g.borrow().contains_key(&key) {
        let builtins = Value::Dict(vm.builtins.clone());
        g.borrow_mut()
            .insert(Key::str(&Rc::new(Str::new("__builtins__"))), builtins);
    }
    Ok((g, l))
}

/// The source text of `eval`/`exec`'s first argument.
fn source_arg(fname: &str, v: &Value) -> PyResult<String> {
    match crate::vm::base_of(v) {
        Value::Str(s) => Ok(s.s.to_string()),
        Value::Bytes(b) => String::from_utf8(b.to_vec())
            .map_err(|_| PyErr::value_error("source code string cannot contain null bytes")),
        _ => Err(PyErr::type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// A front-end error as CPython's `SyntaxError`: `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`.
fn syntax_error(e: &crate::SyntaxError, text: &str) -> PyErr {
    let (line, col) = crate::span::line_col(text, e.span.start);
    let (end_line, end_col) = crate::span::line_col(text, e.span.end);
    let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let details = Value::tuple(vec![
        Value::str("<string>"),
        Value::Int(line as i64),
        Value::Int(col as i64),
        Value::str(format!("{line_text}\n")),
        Value::Int(end_line as i64),
        Value::Int(end_col as i64),
    ]);
    PyErr::with_args(ExcKind::SyntaxError, vec![Value::str(&e.message), details])
}

fn code_args(
    fname: &str,
    args: &[Value],
    kwargs: &mut Kwargs,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let g = take_kw(kwargs, "globals");
    let l = take_kw(kwargs, "locals");
    check_args(fname, args, kwargs, 1, 3)?;
    Ok((args.get(1).cloned().or(g), args.get(2).cloned().or(l)))
}

fn eval(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let (g, l) = code_args("eval", args, &mut kwargs)?;
    let text = source_arg("eval", &args[0])?;
    // eval() ignores leading spaces and tabs (the expression is not a statement).
    let text = text.trim_start_matches([' ', '\t']).to_string();
    let code = crate::compile_expression(&text, "<string>").map_err(|e| syntax_error(&e, &text))?;
    let (g, l) = namespaces(vm, "eval", g, l)?;
    vm.run_string_code(&code, &text, g, l)
}

fn exec(vm: &mut Vm, args: &[Value], mut kwargs: Kwargs) -> PyResult<Value> {
    let (g, l) = code_args("exec", args, &mut kwargs)?;
    let text = source_arg("exec", &args[0])?;
    let code = crate::compile(&text, "<string>").map_err(|e| syntax_error(&e, &text))?;
    let (g, l) = namespaces(vm, "exec", g, l)?;
    vm.run_string_code(&code, &text, g, l)?;
    Ok(Value::None)
}
