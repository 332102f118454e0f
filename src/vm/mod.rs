//! The virtual machine: takes `CodeObject`s, runs them, and gives Python's behaviour and
//! output. `Vm` holds what one interpreter shares — the built-in classes and functions, the
//! stack of suspended caller frames, the exception being handled, the recursion limit, stdout.
//!
//! Module map: `value` (the `Value` enum), `object` (heap objects), `dict` (hashable keys),
//! `frame` (frames and their pool), `globals` (`LoadGlobal` and its cache), `fast` (inline
//! int/float fast paths), `exec` (the dispatch loop), `call` (argument binding and calls),
//! `ops` (operators, truth, comparison), `attr` (attribute lookup), `attrsite` (its per-code caches), `getter` (property getters as frames), `iter` (iteration and
//! generators), `repr` (str/repr and float formatting), `format` (the format-spec mini
//! language), `class` (class creation, C3), `traceback` (exceptions for people), `typecache`
//! (the cache of MRO lookups), `subclass` (subclasses of built-in types), `scope` (the
//! namespaces `globals()`/`locals()`/`eval`/`exec` see), `suggest` ("Did you mean"), `tb`
//! (traceback objects), `special` (attributes without a dict entry).

mod attr;
mod attrsite;
mod awaitable;
mod call;
mod callnative;
mod class;
mod compare;
mod dict;
mod dictmap;
mod error;
mod exc_group;
mod exec;
mod fast;
mod fold;
mod format;
mod frame;
mod fused;
mod getter;
mod globals;
mod instdict;
mod iter;
mod matching;
mod object;
mod ops;
mod percent;
mod quicken;
mod repr;
mod scope;
mod special;
mod stack;
pub(crate) use compare::native_order;
pub(crate) use fold::{best_generator, sum_generator};
pub(crate) use stack::check_stack;
mod subclass;
mod subscript;
mod suggest;
mod switch;
mod tb;
mod traceback;
mod typecache;
pub(crate) use typecache::class_changed;
mod text;
mod value;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

pub use class::{make_class, set_class_attr, slot_names};
pub use dict::{hash_value, BuildKeyHasher, Dict, Key, StrKey};
pub use error::{ExcKind, PyErr, PyResult};
pub use exc_group::{group_of, Matcher};
pub use iter::{iter_value, set_op, GenStep};
pub use object::{
    builtin_type_name as type_name, AwaitNowFn, Builtin, Class, Code, ExcData, ExcGroup, GenState,
    Generator, Instance, IterState, Module, Native, NativeFn, Property, Source,
};
pub use ops::{builtin_binary, to_big, to_f64};
pub use percent::percent_format;
pub use repr::{ascii_escape, float_repr, str_repr};
pub use subclass::base_of;
pub use subscript::{resolve_slice, seq_index};
pub use text::Text;
pub use value::{List, Range, SetObj, Str, Value};

use crate::bytecode::{CodeObject, Const};
use frame::Frame;

/// Default for `sys.setrecursionlimit`, as CPython.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

pub struct Vm {
    classes: Vec<Rc<Class>>,
    exc_classes: Vec<Rc<Class>>,
    pub builtins: Rc<RefCell<Dict>>,
    /// Callers of the running frame (the running one is held by the dispatch loop). Boxed so
    /// that a call or return moves a pointer, not a frame, and a generator parks its box as is.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    /// Finished frames kept for reuse (see `frame`).
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// Names of loaded code objects (see `intern`).
    interned: std::collections::HashMap<Box<str>, Rc<Str>>,
    /// Python frames alive (running, suspended callers, nested loops): the recursion count.
    depth: usize,
    pub recursion_limit: usize,
    /// The exception being handled (`sys.exc_info()`), `None` outside except blocks.
    handled: Value,
    /// Set by `Reraise` and bare `raise`: unwinding adds no traceback entry for this frame.
    reraising: bool,
    pub out: std::io::BufWriter<std::io::Stdout>,
    names: Names,
    main: Option<Rc<RefCell<Dict>>>,
    /// Containers being printed by `repr` right now (a list holding itself prints `[...]`).
    repr_stack: Vec<usize>,
    /// The running asyncio loop, inside `asyncio.run`.
    pub event_loop: Option<Box<crate::runtime::Loop>>,
    /// `--virtual-time`: the virtual clock between loops (`None`: real time). Loops start
    /// from it and jump it to the next timer; `time.monotonic()` reads it.
    pub virtual_clock: Option<f64>,
    /// Loaded modules (`sys.modules`), where to find more, `sys.argv`.
    pub modules: crate::modules::Modules,
    /// Who receives the runtime's events (decision 9); `None` costs one branch per event.
    pub observer: Option<crate::runtime::SharedObserver>,
    /// The namespaces of the frames calling a `needs_scope` native, innermost last.
    pub scopes: Vec<scope::Scope>,
    /// A native consumer taking a generator's items at its `Yield` (see `fold`).
    fold: Option<fold::Fold>,
}

/// Interned names the VM looks up often.
pub(crate) struct Names {
    pub name: Rc<Str>,
    pub qualname: Rc<str>,
    pub module: Rc<Str>,
    pub main: Rc<Str>,
}

impl Vm {
    pub fn new() -> Vm {
        let (classes, exc_classes) = class::builtin_classes();
        let mut vm = Vm {
            classes,
            exc_classes,
            builtins: Rc::new(RefCell::new(Dict::default())),
            frames: Vec::new(),
            frame_pool: Vec::new(),
            interned: Default::default(),
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            handled: Value::None,
            reraising: false,
            out: std::io::BufWriter::with_capacity(1 << 14, std::io::stdout()),
            repr_stack: Vec::new(),
            event_loop: None,
            virtual_clock: None,
            main: None,
            modules: crate::modules::Modules::default(),
            observer: None,
            scopes: Vec::new(),
            fold: None,
            names: Names {
                name: Rc::new(Str::new("__name__")),
                qualname: "__qualname__".into(),
                module: Rc::new(Str::new("__module__")),
                main: Rc::new(Str::new("__main__")),
            },
        };
        crate::builtins::install(&mut vm);
        crate::runtime::install(&mut vm);
        vm
    }

    /// The built-in class of a kind.
    pub fn class(&self, b: Builtin) -> &Rc<Class> {
        &self.classes[b as usize]
    }

    pub fn exc_class(&self, k: ExcKind) -> &Rc<Class> {
        &self.exc_classes[k as usize]
    }

    /// Turns a compiled module into values once, then runs it in a fresh `__main__` namespace
    /// (registered in `sys.modules` as `__main__`).
    pub fn run_main(&mut self, code: &Rc<CodeObject>, source: Rc<Source>) -> PyResult<()> {
        let globals = Rc::new(RefCell::new(Dict::default()));
        {
            let mut g = globals.borrow_mut();
            g.insert(
                Key::str(&self.names.name),
                Value::Str(self.names.main.clone()),
            );
            g.insert(Key::str(&Rc::new(Str::new("__builtins__"))), Value::None);
            if !source.filename.starts_with('<') {
                g.insert(
                    Key::str(&Rc::new(Str::new("__file__"))),
                    Value::str(&*source.filename),
                );
            }
        }
        self.main = Some(globals.clone());
        let module = Value::Module(Rc::new(Module {
            name: "__main__".into(),
            dict: globals.clone(),
        }));
        self.modules
            .cache
            .borrow_mut()
            .insert(Key::str(&self.names.main), module);
        let result = self.run_module(code, source, globals);
        self.frame_pool.clear();
        let _ = self.out.flush();
        result
    }

    /// Runs a compiled module's body with `globals` as its namespace (an imported module's
    /// body nests a dispatch loop: imports are few and shallow).
    pub fn run_module(
        &mut self,
        code: &Rc<CodeObject>,
        source: Rc<Source>,
        globals: Rc<RefCell<Dict>>,
    ) -> PyResult<()> {
        let code = self.load_code(code, &source);
        let mut frame = self.alloc_frame(&code, &globals);
        frame.namespace = Some(globals);
        self.run_frame(frame).map(|_| ())
    }

    /// A `CodeObject` with its constants and names as values, nested code objects included.
    fn load_code(&mut self, code: &Rc<CodeObject>, source: &Rc<Source>) -> Rc<Code> {
        let consts = code
            .consts
            .iter()
            .map(|c| self.const_value(c, source))
            .collect();
        let names: Vec<Rc<Str>> = code.names.iter().map(|n| self.intern(n)).collect();
        Rc::new(Code {
            simple_args: Code::simple_args(code),
            quick: quicken::quicken(code),
            code: (**code).clone(),
            consts,
            global_cache: names.iter().map(globals::GlobalSlot::new).collect(),
            attr_sites: names.iter().map(|_| Default::default()).collect(),
            names,
            source: source.clone(),
        })
    }

    /// One shared `Str` per name across all loaded code, so the name a `StoreAttr` or
    /// `StoreGlobal` puts in a dict and the one a later load looks up are the same object, and
    /// key comparison is a pointer compare (the builtins' names are interned too, for
    /// `LoadGlobal`'s cache).
    pub(crate) fn intern(&mut self, name: &str) -> Rc<Str> {
        if let Some(s) = self.interned.get(name) {
            return s.clone();
        }
        let s = Rc::new(Str::new(name));
        self.interned.insert(name.into(), s.clone());
        s
    }

    fn const_value(&mut self, c: &Const, source: &Rc<Source>) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(i) => Value::bigint(i.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Str(s) => Value::str(&**s),
            Const::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
            Const::Ellipsis => Value::Ellipsis,
            Const::Tuple(items) => {
                Value::tuple(items.iter().map(|c| self.const_value(c, source)).collect())
            }
            Const::Code(code) => Value::Code(self.load_code(code, source)),
        }
    }

    /// The `__main__` module's namespace, once a program runs.
    pub fn main_globals(&self) -> Option<Rc<RefCell<Dict>>> {
        self.main.clone()
    }

    /// Writes to stdout (print's path); errors writing are ignored as CPython's print to a
    /// closed pipe would end the program anyway.
    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }

    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// A built-in exception object of `kind` with these arguments.
    pub fn new_exception(&self, kind: ExcKind, args: Vec<Value>) -> Value {
        let exc = Some(RefCell::new(ExcData {
            args,
            ..ExcData::default()
        }));
        let inst = Instance::new(self.exc_class(kind).clone(), exc, None);
        crate::builtins::exceptions::init(&inst);
        Value::Instance(Rc::new(inst))
    }

    /// The exception object of an error, made if it is not yet.
    pub fn exception_value(&self, err: PyErr) -> Value {
        match err {
            PyErr::Exc(v) => v,
            PyErr::New { kind, args } => self.new_exception(kind, args),
        }
    }

    /// Is the error an instance of the built-in exception class `kind` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        match err {
            PyErr::New { kind: k, .. } => self.exc_class(*k).is_subclass(self.exc_class(kind)),
            PyErr::Exc(Value::Instance(i)) => i.class.is_subclass(self.exc_class(kind)),
            PyErr::Exc(_) => false,
        }
    }
}

/// A dict view value (`dict_keys`, `dict_values` or `dict_items`) over a live dict.
pub fn dict_view(kind: &'static str, dict: Rc<RefCell<Dict>>) -> Value {
    Value::View(Rc::new((kind, dict)))
}

/// What a dict view shows right now: keys, values, or `(key, value)` tuples.
pub fn view_items(view: &(&'static str, Rc<RefCell<Dict>>)) -> Vec<Value> {
    let d = view.1.borrow();
    match view.0 {
        "dict_keys" => d.keys().map(|k| k.value.clone()).collect(),
        "dict_values" => d.values().cloned().collect(),
        _ => d
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.value.clone(), v.clone()]))
            .collect(),
    }
}

impl Vm {
    /// For an uncaught `SystemExit(n)`: the exit status (`None` → 0, an int → itself, any
    /// other value is printed to stderr and gives 1).
    pub fn system_exit_status(&mut self, exc: &Value) -> Option<i32> {
        let Value::Instance(inst) = exc else {
            return None;
        };
        if !inst.class.is_subclass(self.exc_class(ExcKind::SystemExit)) {
            return None;
        }
        let args = inst
            .exc
            .as_ref()
            .map(|e| e.borrow().args.clone())
            .unwrap_or_default();
        Some(match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(n)) => *n as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let text = self.str_of(other).unwrap_or_default();
                eprintln!("{text}");
                1
            }
        })
    }
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

pub use traceback::format_exception;
