//! Calls. `prepare_call` turns "call this with these arguments" into either a finished value
//! (native functions, built-in constructors) or a new frame for the dispatch loop to switch
//! to, so Python-to-Python calls never recurse on the Rust stack. `call` is the entry for
//! native code that needs a result now: it runs the frame in a nested loop (decision 2).
//! Argument binding follows CPython's messages ("f() missing 1 required positional argument").

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::{Dict, Key, StrKey};
use super::error::{ExcKind, PyErr, PyResult};
use super::frame::{Frame, OnExit};
use super::object::{builtin_type_name, ExcData, Function, Generator, Instance};
use super::value::{Str, Value};
use super::Vm;
use crate::bytecode::CodeObject;
use crate::compiler::codegen::MAX_STACK_SLACK;

pub type Kwargs = Vec<(Rc<Str>, Value)>;

/// What a call turned into.
pub enum Prepared {
    Done(Value),
    /// Run this frame; for `__init__`, the instance to push first (the frame's result is
    /// dropped).
    Frame(Box<Frame>, Option<Value>),
}

impl Vm {
    /// Calls `f` and returns its result, running Python code in a nested dispatch loop.
    pub fn call(&mut self, f: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match self.prepare_call(f, args, kwargs)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(frame, instance) => {
                let result = self.run_nested(frame)?;
                match instance {
                    Some(inst) => {
                        check_init_result(&result)?;
                        Ok(inst)
                    }
                    None => Ok(result),
                }
            }
        }
    }

    pub fn prepare_call(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Prepared> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Native(n) => Ok(Prepared::Done((n.f)(self, &args, kwargs)?)),
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                let func = m.func.clone();
                self.prepare_call(&func, full, kwargs)
            }
            Value::Class(class) => self.instantiate(class.clone(), args, kwargs),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(call) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(f.clone());
                    full.extend(args);
                    self.prepare_call(&call, full, kwargs)
                }
                None => Err(not_callable(f)),
            },
            Value::StaticMethod(inner) => {
                let inner = (**inner).clone();
                self.prepare_call(&inner, args, kwargs)
            }
            _ => Err(not_callable(f)),
        }
    }

    /// A frame for a compiled function (or a generator object for a generator function).
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Prepared> {
        let frame = self.function_frame(func, |values| bind_args(func, args, kwargs, values))?;
        let flags = func.code.code.flags;
        if flags.generator || flags.coroutine {
            return Ok(Prepared::Done(Value::Generator(Rc::new(Generator::new(
                frame,
                &func.name.borrow(),
                func.qualname.borrow().clone(),
                flags.coroutine && !flags.generator,
                flags.coroutine && flags.generator,
            )))));
        }
        Ok(Prepared::Frame(frame, None))
    }

    /// A new frame for `func`: `bind` fills its (empty) `values` with the locals, then cells
    /// are made and parameters that are cells moved into them.
    #[inline]
    pub fn function_frame(
        &mut self,
        func: &Rc<Function>,
        bind: impl FnOnce(&mut Vec<Value>) -> PyResult<()>,
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.alloc_frame(&func.code, &func.globals);
        bind(&mut frame.values)?;
        let co = &func.code.code;
        if co.ncells() != 0 {
            let Frame { values, cells, .. } = &mut *frame;
            cells.reserve_exact(co.ncells());
            for _ in 0..co.cellvars.len() {
                cells.push(Rc::new(RefCell::new(Value::Undefined)));
            }
            cells.extend(func.closure.iter().cloned());
            for &(cell, local) in &co.cell_params {
                let v = std::mem::take(&mut values[local.0 as usize]);
                *cells[cell.0 as usize].borrow_mut() = v;
            }
        }
        Ok(frame)
    }

    /// Calling a class: built-in constructors, exceptions, and instances with `__init__`.
    fn instantiate(
        &mut self,
        class: Rc<super::object::Class>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Prepared> {
        // `range(n)` in a loop header: made here, without `range.__new__`'s argument list.
        if class.builtin == Some(super::object::Builtin::Range)
            && kwargs.is_empty()
            && (1..=3).contains(&args.len())
        {
            if let Some(r) = crate::builtins::range::make_small(&args) {
                return Ok(Prepared::Done(r));
            }
        }
        if class.builtin.is_some()
            || (class.exc_kind.is_some() && class.module.as_ref() == "builtins")
        {
            let new = class.lookup("__new__").ok_or_else(|| {
                PyErr::type_error(format!("cannot create '{}' instances", class.name))
            })?;
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Class(class.clone()));
            full.extend(args);
            return Ok(Prepared::Done(self.call(&new, full, kwargs)?));
        }
        let (new, mut init) = class.constructors();
        // A Python `__new__`; the built-in type's for a subclass of one (`class L(list)`); an
        // exception class's inherited native one (BaseException's, or BaseExceptionGroup's,
        // which checks and stores the group's parts).
        let custom_new = match &new {
            Some(Value::Function(_)) => true,
            Some(Value::Native(_)) => {
                super::subclass::builtin_base(&class).is_some() || class.exc_kind.is_some()
            }
            _ => false,
        };
        let instance = if let (Some(new), true) = (new, custom_new) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Class(class.clone()));
            full.extend(args.iter().cloned());
            let inst = self.call(&new, full, kwargs.clone())?;
            // `__new__` ran Python code, which may have changed the class.
            init = class.lookup("__init__");
            let same_class = matches!(&inst, Value::Instance(i) if i.class.is_subclass(&class));
            if !same_class {
                return Ok(Prepared::Done(inst));
            }
            inst
        } else {
            let exc = class.exc_kind.map(|_| {
                RefCell::new(ExcData {
                    args: args.clone(),
                    ..ExcData::default()
                })
            });
            Value::Instance(Rc::new(Instance::new(class.clone(), exc, None)))
        };
        match init {
            // A plain `__init__` taking exactly these arguments: the instance and the
            // arguments move straight into its frame's locals.
            Some(Value::Function(init))
                if kwargs.is_empty() && init.code.simple_args as usize == args.len() + 1 =>
            {
                let mut frame = self.simple_frame(&init.code, &init.globals, |values| {
                    values.push(instance.clone());
                    values.extend(args);
                });
                frame.set_on_exit(OnExit::Init);
                Ok(Prepared::Frame(frame, Some(instance)))
            }
            Some(Value::Function(init)) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(instance.clone());
                full.extend(args);
                match self.call_function(&init, full, kwargs)? {
                    Prepared::Frame(mut frame, _) => {
                        frame.on_exit = OnExit::Init;
                        Ok(Prepared::Frame(frame, Some(instance)))
                    }
                    Prepared::Done(v) => {
                        check_init_result(&v)?;
                        Ok(Prepared::Done(instance))
                    }
                }
            }
            // Natives: exceptions' `__init__`, and native classes' own (`random.Random`).
            Some(init @ Value::Native(_))
                if class.exc_kind.is_some()
                    || self
                        .class(super::object::Builtin::Object)
                        .lookup("__init__")
                        .is_some_and(|object_init| !object_init.is(&init)) =>
            {
                let mut full = vec![instance.clone()];
                full.extend(args);
                self.call(&init, full, kwargs)?;
                Ok(Prepared::Done(instance))
            }
            _ => {
                // `object.__init__` with `object.__new__`: nothing takes the arguments.
                if (!args.is_empty() || !kwargs.is_empty()) && !custom_new {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        class.name
                    )));
                }
                Ok(Prepared::Done(instance))
            }
        }
    }

    /// Runs a frame to completion in a nested dispatch loop.
    pub fn run_nested(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.run_frame(frame)? {
            super::exec::Exit::Return(v) => Ok(v),
            super::exec::Exit::Yield(_) => Err(PyErr::new(
                ExcKind::RuntimeError,
                "cannot suspend here: a native call is running Python code",
            )),
        }
    }
}

fn check_init_result(v: &Value) -> PyResult<()> {
    if matches!(v, Value::None) {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "__init__() should return None, not '{}'",
            builtin_type_name(v)
        )))
    }
}

pub fn not_callable(f: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not callable", builtin_type_name(f)))
}

fn quoted_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Reserves the (empty) `values` of a new frame for `co`: its locals and the stack estimate.
/// A generator's frame lives as long as the generator (every parked task keeps one), so it
/// gets the estimate without its slack and never the bigger buffer of a pooled frame: a deeper
/// stack still works (pushes are checked), it only grows the buffer.
fn reserve_values(co: &CodeObject, values: &mut Vec<Value>) {
    let stack = co.max_stack as usize;
    if co.flags.generator || co.flags.coroutine {
        let want = co.nlocals() + stack.saturating_sub(MAX_STACK_SLACK as usize);
        values.shrink_to(want);
        values.reserve_exact(want);
    } else {
        values.reserve(co.nlocals() + stack);
    }
}

/// Binds positional and keyword arguments to the function's local slots: fills the empty
/// `values` with the frame's locals.
pub fn bind_args(
    func: &Function,
    args: Vec<Value>,
    kwargs: Kwargs,
    values: &mut Vec<Value>,
) -> PyResult<()> {
    let co = &func.code.code;
    let nlocals = co.nlocals();
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let flags = co.flags;
    reserve_values(co, values);
    if kwargs.is_empty()
        && !flags.varargs
        && !flags.varkeywords
        && kwonly == 0
        && args.len() == argcount
    {
        values.extend(args);
        values.resize(nlocals, Value::Undefined);
        return Ok(());
    }
    let name = func.qualname.borrow().clone();
    values.resize(nlocals, Value::Undefined);
    let nargs = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < argcount {
            values[i] = a;
        } else {
            extra.push(a);
        }
    }
    let mut slot = argcount + kwonly;
    if flags.varargs {
        values[slot] = Value::tuple(extra);
        slot += 1;
    } else if !extra.is_empty() {
        let ndefaults = func.defaults.len();
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let kw_given = kwargs.len();
        let given = if kw_given > 0 {
            format!(
                "{nargs} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                if nargs == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{nargs} {}",
                if nargs == 1 {
                    "was given"
                } else {
                    "were given"
                }
            )
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes {takes} positional argument{} but {given}",
            if takes == "1" { "" } else { "s" }
        )));
    }
    let mut varkw = if flags.varkeywords {
        Some(Dict::default())
    } else {
        None
    };
    let posonly = co.posonlyargcount as usize;
    // Positional-only parameters passed by keyword, all named in the error (CPython's
    // `positional_only_passed_as_keyword`).
    let posonly_given: Vec<String> = if posonly > 0 && varkw.is_none() {
        kwargs
            .iter()
            .filter(|(k, _)| co.varnames[..posonly].iter().any(|n| **n == *k.s))
            .map(|(k, _)| k.s.to_string())
            .collect()
    } else {
        Vec::new()
    };
    for (kname, v) in kwargs {
        let found = co.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|n| **n == *kname.s)
            .map(|i| i + posonly);
        match found {
            Some(j) => {
                if !values[j].is_undefined() {
                    return Err(PyErr::type_error(format!(
                        "{name}() got multiple values for argument '{}'",
                        kname.s
                    )));
                }
                values[j] = v;
            }
            None => match &mut varkw {
                Some(d) => {
                    d.insert(Key::str(&kname), v);
                }
                None => {
                    if posonly_given.iter().any(|p| *p == *kname.s) {
                        return Err(PyErr::type_error(format!(
                            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly_given.join(", ")
                        )));
                    }
                    return Err(PyErr::type_error(format!(
                        "{name}() got an unexpected keyword argument '{}'",
                        kname.s
                    )));
                }
            },
        }
    }
    if let Some(d) = varkw {
        values[slot] = Value::dict(d);
    }
    let ndefaults = func.defaults.len();
    let first_default = argcount - ndefaults;
    let mut missing = Vec::new();
    for (i, slot) in values.iter_mut().enumerate().take(argcount) {
        if slot.is_undefined() {
            if i >= first_default {
                *slot = func.defaults[i - first_default].clone();
            } else {
                missing.push(&*co.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    for (i, slot) in values
        .iter_mut()
        .enumerate()
        .take(argcount + kwonly)
        .skip(argcount)
    {
        if slot.is_undefined() {
            let default = func
                .kwdefaults
                .as_ref()
                .and_then(|d| d.get(&StrKey::new(&co.varnames[i])).cloned());
            match default {
                Some(v) => *slot = v,
                None => missing.push(&*co.varnames[i]),
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    Ok(())
}
