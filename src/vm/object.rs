//! The heap objects a `Value` points at: classes and instances, functions (compiled, native,
//! bound), generators, built-in iterators, properties, modules, and the VM's form of a code
//! object. Each field says who may change it; everything shared is behind `RefCell`/`Cell`
//! because values are shared (`Rc`) and Python mutates through any reference.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::Dict;
use super::error::{ExcKind, PyResult};
use super::frame::Frame;
use super::value::{Str, Value};
use super::Vm;
use crate::bytecode::CodeObject;

/// A code object ready to run: the compiler's `CodeObject` with its constants and names turned
/// into values once, when the module is loaded.
#[derive(Debug)]
pub struct Code {
    pub code: CodeObject,
    /// What the dispatch loop runs: `code.instrs` with superinstructions (see `quicken`).
    pub quick: Box<[crate::bytecode::Instr]>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<Str>>,
    /// Per name: where `LoadGlobal` last found it (see `globals`).
    pub global_cache: Vec<super::globals::GlobalSlot>,
    /// Per name: what it resolved to as an attribute last time (see `attrsite`).
    pub attr_sites: Vec<RefCell<super::attrsite::AttrSite>>,
    pub source: Rc<Source>,
    /// For a plain function (no generator or coroutine, no `*args`/`**kwargs`/keyword-only
    /// parameters, no cells): its positional parameter count, so a call with exactly that many
    /// positional arguments binds them by moving them into the first locals. `u32::MAX`
    /// otherwise.
    pub simple_args: u32,
}

impl Code {
    /// `simple_args` for `code` (see there).
    pub fn simple_args(code: &CodeObject) -> u32 {
        let f = code.flags;
        let plain = !(f.generator || f.coroutine || f.varargs || f.varkeywords);
        if plain && code.kwonlyargcount == 0 && code.ncells() == 0 {
            code.argcount
        } else {
            u32::MAX
        }
    }
}

/// A source file, kept for tracebacks (which print the failing line).
#[derive(Debug)]
pub struct Source {
    pub filename: String,
    pub text: String,
}

impl Source {
    /// 1-based line number of a byte offset, and that line's text.
    pub fn line(&self, offset: usize) -> (usize, &str) {
        let bytes = self.text.as_bytes();
        let at = offset.min(bytes.len());
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| at + i);
        (line, self.text.get(start..end).unwrap_or(""))
    }
}

pub type CellRef = Rc<RefCell<Value>>;

#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Option<Dict>,
    pub closure: Vec<CellRef>,
    pub globals: Rc<RefCell<Dict>>,
    /// `fn.attr = x` lands here (`__dict__`).
    pub dict: RefCell<Dict>,
}

/// A function written in Rust. Arguments arrive positional then keyword.
pub type NativeFn = fn(&mut Vm, &[Value], Vec<(Rc<Str>, Value)>) -> PyResult<Value>;

pub struct Native {
    pub name: &'static str,
    pub f: NativeFn,
    /// Reads the calling frame's namespaces (`globals()`, `locals()`, `eval`...): a call from
    /// the dispatch loop pushes them on `Vm::scopes` first.
    pub needs_scope: bool,
    /// For a native returning a coroutine (`Queue.put`, `Lock.acquire`...): see `AwaitNowFn`.
    pub await_now: Option<AwaitNowFn>,
}

/// `await native(*args)` when the coroutine `native` would return finishes in its first step
/// without suspending: gives what the `await` would, its effects done, without making the
/// coroutine. `Ok(None)` (nothing done) when the coroutine must be made and stepped as usual:
/// bad arguments, a full queue, a subclass's Python methods to call. `args` are the native's
/// positional arguments (`self` first; never keywords). Errors are the first step's, raised
/// where the `await` would raise them (see `Vm::call_method_await_now`).
pub type AwaitNowFn = fn(&mut Vm, &[Value]) -> PyResult<Option<Value>>;

impl std::fmt::Debug for Native {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in {}>", self.name)
    }
}

#[derive(Debug)]
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

const INIT: super::dict::StrKey<'static> = super::dict::StrKey::new("__init__");
const NEW: super::dict::StrKey<'static> = super::dict::StrKey::new("__new__");

/// A class (built-in or made by a `class` statement).
#[derive(Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order without the class itself (C3).
    pub mro: Vec<Rc<Class>>,
    /// The namespace; shared so that `C.__dict__` (a read-only mappingproxy) is a live view.
    pub dict: Rc<RefCell<Dict>>,
    /// For built-in exception classes and classes deriving from one.
    pub exc_kind: Option<ExcKind>,
    /// Set for the built-in types (`int`, `list`...): what kind of value they describe.
    pub builtin: Option<Builtin>,
    /// Do instances get a `__dict__`? Not for `object` itself and the built-in types, nor
    /// for classes whose every Python class has `__slots__` (without `"__dict__"`).
    pub has_instance_dict: bool,
    /// This class's cache of MRO lookups (see `typecache`).
    pub lookups: super::typecache::Lookups,
    /// The attribute names its instances share, in the order they were first set (see
    /// `instdict`); append-only.
    pub shared_keys: RefCell<Vec<super::dict::Key>>,
    /// Emptied values arrays of its dropped instances, for its next ones (see `instdict`).
    pub(super) spare_values: RefCell<Vec<Vec<Value>>>,
    /// `__new__` and `__init__` as found along the MRO in a type cache epoch (0: not yet), so
    /// a call of the class finds both with one check.
    pub(super) constructors: RefCell<(u64, Option<Value>, Option<Value>)>,
}

/// The built-in types that are not exception classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Int,
    Bool,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Coroutine,
    AsyncGenerator,
    Future,
    Task,
    Handle,
    EventLoop,
    Iterator,
    Property,
    ClassMethod,
    StaticMethod,
    Module,
    Code,
    Super,
    DictView,
    ByteArray,
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    Enumerate,
    Zip,
    Map,
    Filter,
    CallableIterator,
    MappingProxy,
    Cell,
    Traceback,
    Frame,
}

impl Class {
    /// The class itself, then its MRO.
    pub fn mro_iter(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks a name up along the MRO.
    pub fn lookup(self: &Rc<Class>, name: &str) -> Option<Value> {
        let key = match name {
            "__init__" => INIT,
            "__new__" => NEW,
            _ => super::dict::StrKey::new(name),
        };
        self.lookup_key(&key)
    }

    pub fn lookup_key(self: &Rc<Class>, key: &super::dict::StrKey) -> Option<Value> {
        super::typecache::lookup(self, key, || {
            for class in self.mro_iter() {
                if let Some(v) = class.dict.borrow().get(key) {
                    return Some(v.clone());
                }
            }
            None
        })
    }

    /// `(lookup("__new__"), lookup("__init__"))`, remembered until a class namespace changes.
    pub fn constructors(self: &Rc<Class>) -> (Option<Value>, Option<Value>) {
        let epoch = super::typecache::epoch();
        if let Ok(c) = self.constructors.try_borrow() {
            if c.0 == epoch {
                return (c.1.clone(), c.2.clone());
            }
        }
        let (new, init) = (self.lookup("__new__"), self.lookup("__init__"));
        if let Ok(mut c) = self.constructors.try_borrow_mut() {
            *c = (epoch, new.clone(), init.clone());
        }
        (new, init)
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// The extra state of an exception object.
#[derive(Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost last... in the order they were left:
    /// the raising frame first. Printed reversed (most recent call last).
    pub traceback: Vec<TracebackEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// A `BaseExceptionGroup`'s message and exceptions (set by its `__new__`, read-only).
    pub group: Option<ExcGroup>,
    /// The last `__traceback__` handed out (see `tb`): a `Value::Traceback` whose chain shows
    /// `traceback[..depth]`, so reading it again gives the same objects. Entries are only
    /// pushed by raising; whatever replaces them resets this.
    pub tb_object: Value,
}

/// What makes an exception a group: `.message` (a str) and `.exceptions` (a non-empty tuple).
#[derive(Clone, Debug)]
pub struct ExcGroup {
    pub message: Value,
    pub exceptions: Rc<Vec<Value>>,
}

#[derive(Clone, Debug)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub pc: usize,
    /// The frame's globals (a traceback's `tb_frame.f_globals`).
    pub globals: Rc<RefCell<Dict>>,
    /// The frame had a handler (`except`, `finally`, `with`) for the exception there, so it
    /// went on running after this entry: where it ended up (`f_lineno`) is not known.
    pub handled: bool,
}

#[derive(Debug)]
pub struct Instance {
    pub class: Rc<Class>,
    /// The attributes (`__dict__`), split or a dict (see `instdict`).
    pub(super) attrs: RefCell<super::instdict::Attrs>,
    /// Present when the class derives from BaseException.
    pub exc: Option<RefCell<ExcData>>,
    /// For an instance of a subclass of a built-in type (`class L(list)`): the built-in value
    /// it is (a `Value::List`...), made by the built-in `__new__` and never replaced, so the
    /// built-in type's methods and operators work on it. `None` for other instances.
    pub base: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

/// A generator: a suspended frame and its state (decision 3; coroutines will share this).
/// One is made per coroutine, so every parked task carries it: fields are kept small
/// (`handled` a `Cell`, `__name__` derived from `qualname`).
pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    /// The exception being handled inside the generator when it last yielded.
    pub handled: Cell<Value>,
    /// `handled` is set (not None): resuming reads this instead of taking the `Value` out of
    /// its `Cell` on every step.
    pub has_handled: Cell<bool>,
    /// `__name__` when it is not the last dotted part of `qualname` (only after the function's
    /// `__name__` was reassigned): kept out of line so that every parked coroutine does not
    /// carry a second fat pointer (see `name`).
    renamed: Option<Box<Rc<str>>>,
    pub qualname: Rc<str>,
    /// Made by an `async def`: awaitable, not iterable, and warned about if never started.
    pub is_coroutine: bool,
    /// Made by an `async def` with `yield`: driven by `asend`/`athrow` awaitables.
    pub is_async_gen: bool,
    /// Set by `AsyncGenWrap` just before an async generator's `yield`: the value it yields is
    /// an item, not a future passed up to the task.
    pub async_yield: Cell<bool>,
    /// An async generator first iterated inside a running loop (CPython's
    /// `ag_hooks_inited`): if it is dropped suspended, the loop finalises it with `aclose()`.
    pub hooks_inited: Cell<bool>,
}

impl std::fmt::Debug for Generator {
    /// `Cell<Value>` has no `Debug`: the qualname and state say which generator it is.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generator")
            .field("qualname", &self.qualname)
            .field("state", &self.state.get())
            .finish_non_exhaustive()
    }
}

impl Generator {
    /// A generator (or coroutine) about to run `frame` from its start; `name` and `qualname`
    /// are its function's at this moment (CPython copies them too).
    pub fn new(
        frame: Box<Frame>,
        name: &Rc<str>,
        qualname: Rc<str>,
        is_coroutine: bool,
        is_async_gen: bool,
    ) -> Generator {
        let renamed = (**name != *name_from_qualname(&qualname)).then(|| Box::new(name.clone()));
        Generator {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            handled: Cell::new(Value::None),
            has_handled: Cell::new(false),
            renamed,
            qualname,
            is_coroutine,
            is_async_gen,
            async_yield: Cell::new(false),
            hooks_inited: Cell::new(false),
        }
    }

    /// `__name__`.
    pub fn name(&self) -> &str {
        match &self.renamed {
            Some(name) => name,
            None => name_from_qualname(&self.qualname),
        }
    }
}

/// What `__name__` is when it was not reassigned: the qualname's last dotted part
/// (`f.<locals>.g` gives `g`).
fn name_from_qualname(qualname: &str) -> &str {
    qualname.rsplit_once('.').map_or(qualname, |(_, last)| last)
}

impl Drop for Generator {
    /// CPython's warning for a coroutine that was made but never awaited, and its asyncgen
    /// finaliser hook for an async generator dropped suspended (reference counting makes the
    /// moment deterministic: the last reference going away). The finaliser needs the
    /// generator alive, so its frame moves to a new generator object that the runtime closes.
    fn drop(&mut self) {
        if self.is_coroutine && self.state.get() == GenState::Created {
            crate::runtime::queue_dropped(crate::runtime::Dropped::NeverAwaited(
                self.qualname.clone(),
            ));
        }
        if self.is_async_gen && self.hooks_inited.get() && self.state.get() == GenState::Suspended {
            let revived = Generator {
                frame: RefCell::new(self.frame.take()),
                state: Cell::new(GenState::Suspended),
                handled: Cell::new(self.handled.take()),
                has_handled: Cell::new(self.has_handled.get()),
                renamed: self.renamed.take(),
                qualname: self.qualname.clone(),
                is_coroutine: false,
                is_async_gen: true,
                async_yield: Cell::new(false),
                hooks_inited: Cell::new(false),
            };
            crate::runtime::queue_dropped(crate::runtime::Dropped::AsyncGen(Rc::new(revived)));
        }
    }
}

/// The built-in iterators (list, range, dict views, enumerate, zip, map...).
#[derive(Debug)]
pub struct IterObj {
    pub state: RefCell<IterState>,
}

#[derive(Debug)]
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Rc<Str>,
        byte: usize,
    },
    Items {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`... until IndexError (or StopIteration).
    GetItem {
        obj: Value,
        index: i64,
    },
    Done,
    // `zip(..., strict=True)`: a shorter or longer argument is a ValueError.
    ZipStrict {
        iters: Vec<Value>,
    },
    // `iter(func, sentinel)`: calls `func` until it returns `sentinel`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    // A dict or one of its views.
    Dict(DictIter),
    // A range beyond i64: next, stop, step.
    BigRange(Box<[num_bigint::BigInt; 3]>),
}

/// Iteration over a dict (`what`: "dict_keys", "dict_values", "dict_items"); the dict must
/// keep the size it had (`len`), as in CPython.
#[derive(Debug)]
pub struct DictIter {
    pub what: &'static str,
    pub dict: Rc<RefCell<Dict>>,
    pub index: usize,
    pub len: usize,
}

impl IterState {
    /// The built-in type of the iterators that have their own (`zip`, `map`...).
    pub fn builtin(&self) -> Builtin {
        match self {
            IterState::Enumerate { .. } => Builtin::Enumerate,
            IterState::Zip { .. } | IterState::ZipStrict { .. } => Builtin::Zip,
            IterState::Map { .. } => Builtin::Map,
            IterState::Filter { .. } => Builtin::Filter,
            IterState::Callable { .. } => Builtin::CallableIterator,
            _ => Builtin::Iterator,
        }
    }
}

#[derive(Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

#[derive(Debug)]
pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<Dict>>,
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `__main__.f()`,
/// `print()`, `C.m()` under its module.
pub fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let module = func
                .globals
                .borrow()
                .get(&super::dict::StrKey::new("__name__"))
                .and_then(|v| v.as_str().map(String::from));
            match module {
                Some(m) if m != "builtins" => format!("{m}.{}()", func.qualname.borrow()),
                _ => format!("{}()", func.qualname.borrow()),
            }
        }
        Value::Native(n) => format!("{}()", n.name),
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Class(c) if c.module.as_ref() != "builtins" => {
            format!("{}.{}()", c.module, c.qualname)
        }
        Value::Class(c) => format!("{}()", c.qualname),
        other => format!("{} object", builtin_type_name(other)),
    }
}

/// The name of a value's type for messages, where no VM is at hand.
pub fn builtin_type_name(v: &Value) -> String {
    match v {
        Value::Undefined => "<undefined>".into(),
        Value::None => "NoneType".into(),
        Value::NotImplemented => "NotImplementedType".into(),
        Value::Ellipsis => "ellipsis".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "str".into(),
        Value::Bytes(_) => "bytes".into(),
        Value::List(_) => "list".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::Dict(_) => "dict".into(),
        Value::Set(s) => if s.frozen { "frozenset" } else { "set" }.into(),
        Value::Range(_) | Value::BigRange(_) => "range".into(),
        Value::Slice(_) => "slice".into(),
        Value::Function(_) => "function".into(),
        Value::Native(_) => "builtin_function_or_method".into(),
        Value::BoundMethod(_) => "method".into(),
        Value::Class(_) => "type".into(),
        Value::Instance(i) => i.class.name.to_string(),
        Value::Generator(g) if g.is_coroutine => "coroutine".into(),
        Value::Generator(g) if g.is_async_gen => "async_generator".into(),
        Value::Generator(_) => "generator".into(),
        Value::Future(f) if f.task().is_some() => "_asyncio.Task".into(),
        Value::Future(_) => "_asyncio.Future".into(),
        Value::NativeCoro(_) => "coroutine".into(),
        Value::Handle(h) if h.when().is_some() => "TimerHandle".into(),
        Value::Handle(_) => "Handle".into(),
        Value::Iter(it) => match it.state.borrow().builtin() {
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Map => "map",
            Builtin::Filter => "filter",
            Builtin::CallableIterator => "callable_iterator",
            _ => "iterator",
        }
        .into(),
        Value::Property(_) => "property".into(),
        Value::ClassMethod(_) => "classmethod".into(),
        Value::StaticMethod(_) => "staticmethod".into(),
        Value::Module(_) => "module".into(),
        Value::Code(_) => "code".into(),
        Value::Cell(_) => "cell".into(),
        Value::Traceback(_) => "traceback".into(),
        Value::Frame(_) => "frame".into(),
        Value::Super(_) => "super".into(),
        Value::View(v) => v.0.into(),
        Value::ByteArray(_) => "bytearray".into(),
        Value::File(f) => f.type_name().into(),
        Value::Primitive(_) => "object".into(),
    }
}
