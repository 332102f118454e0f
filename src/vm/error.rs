//! Errors inside the VM. Native code reports a Python exception as a `PyErr`: either one not
//! made yet (`New`: a built-in class and its arguments, cheap to build where no VM is at hand)
//! or an exception object already raised (`Exc`). The dispatch loop turns `New` into an object
//! when it starts unwinding, so every handler and traceback sees a real exception value.

use super::value::Value;

pub type PyResult<T> = Result<T, PyErr>;

#[derive(Clone, Debug)]
pub enum PyErr {
    New { kind: ExcKind, args: Vec<Value> },
    Exc(Value),
}

impl PyErr {
    /// A built-in exception with a message.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::New {
            kind,
            args: vec![Value::str(msg.into())],
        }
    }

    /// A built-in exception with these arguments (`KeyError(key)`, `StopIteration(value)`).
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr::New { kind, args }
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
}

macro_rules! exc_kinds {
    ($($name:ident : $parent:expr),* $(,)?) => {
        /// The built-in exception classes, each with its parent in the hierarchy.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];

            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }

            /// The module a class lives in (`builtins` but for asyncio's exceptions).
            pub fn module(self) -> &'static str {
                match self {
                    ExcKind::CancelledError | ExcKind::InvalidStateError => "asyncio.exceptions",
                    ExcKind::UnsupportedOperation => "io",
                    _ => "builtins",
                }
            }

            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => $parent),* }
            }
        }
    };
}

use ExcKind as K;

exc_kinds! {
    BaseException: None,
    Exception: Some(K::BaseException),
    SystemExit: Some(K::BaseException),
    KeyboardInterrupt: Some(K::BaseException),
    GeneratorExit: Some(K::BaseException),
    ArithmeticError: Some(K::Exception),
    ZeroDivisionError: Some(K::ArithmeticError),
    OverflowError: Some(K::ArithmeticError),
    AssertionError: Some(K::Exception),
    AttributeError: Some(K::Exception),
    LookupError: Some(K::Exception),
    IndexError: Some(K::LookupError),
    KeyError: Some(K::LookupError),
    NameError: Some(K::Exception),
    UnboundLocalError: Some(K::NameError),
    RuntimeError: Some(K::Exception),
    RecursionError: Some(K::RuntimeError),
    NotImplementedError: Some(K::RuntimeError),
    StopIteration: Some(K::Exception),
    StopAsyncIteration: Some(K::Exception),
    TypeError: Some(K::Exception),
    ValueError: Some(K::Exception),
    UnicodeError: Some(K::ValueError),
    ImportError: Some(K::Exception),
    ModuleNotFoundError: Some(K::ImportError),
    SyntaxError: Some(K::Exception),
    OSError: Some(K::Exception),
    FileNotFoundError: Some(K::OSError),
    FileExistsError: Some(K::OSError),
    PermissionError: Some(K::OSError),
    TimeoutError: Some(K::OSError),
    ConnectionError: Some(K::OSError),
    BrokenPipeError: Some(K::ConnectionError),
    ConnectionAbortedError: Some(K::ConnectionError),
    ConnectionRefusedError: Some(K::ConnectionError),
    ConnectionResetError: Some(K::ConnectionError),
    // asyncio's own (module `asyncio.exceptions`, not in builtins).
    CancelledError: Some(K::BaseException),
    InvalidStateError: Some(K::Exception),
    // ExceptionGroup also derives from Exception (its MRO is made in `class::builtin_classes`).
    BaseExceptionGroup: Some(K::BaseException),
    ExceptionGroup: Some(K::BaseExceptionGroup),
    EOFError: Some(K::Exception),
    IsADirectoryError: Some(K::OSError),
    NotADirectoryError: Some(K::OSError),
    InterruptedError: Some(K::OSError),
    ChildProcessError: Some(K::OSError),
    ProcessLookupError: Some(K::OSError),
    UnicodeDecodeError: Some(K::UnicodeError),
    UnicodeEncodeError: Some(K::UnicodeError),
    // io.UnsupportedOperation (CPython's also derives from ValueError).
    UnsupportedOperation: Some(K::OSError),
    MemoryError: Some(K::Exception),
}
