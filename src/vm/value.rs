//! `Value`: what the operand stack, locals and containers hold. Two words: a tag and either an
//! immediate (`None`, `Bool`, `Int`, `Float`) or one `Rc` pointer to a heap object, so copying a
//! value is a refcount bump and never allocates. `Undefined` is the VM's own "no value" (an
//! unbound local, an empty cell, `LoadMethod`'s missing self); it never reaches Python code.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::{Dict, Key};
use super::object::{
    BoundMethod, Class, Code, Function, Generator, Instance, IterObj, Module, Native, Property,
};
use super::text::Text;

pub type List = RefCell<Vec<Value>>;

/// The immediates (owning nothing) are the first variants: `is_immediate`, and so `clone`
/// and `discard`, test them with one tag compare.
#[derive(Debug, Default)]
pub enum Value {
    #[default]
    Undefined,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<Str>),
    Bytes(Rc<Vec<u8>>),
    List(Rc<List>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<SetObj>),
    Range(Rc<Range>),
    Slice(Rc<[Value; 3]>),
    Function(Rc<Function>),
    Native(Rc<Native>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
    /// An asyncio future or task (a task is a future driving a coroutine).
    Future(Rc<crate::runtime::Future>),
    /// What `call_soon`/`call_later` return: a scheduled callback that can be cancelled.
    Handle(Rc<crate::runtime::Handle>),
    /// A coroutine written in Rust (`asyncio.sleep(...)`).
    NativeCoro(Rc<crate::runtime::NativeCoro>),
    Iter(Rc<IterObj>),
    Property(Rc<Property>),
    ClassMethod(Rc<Value>),
    StaticMethod(Rc<Value>),
    Module(Rc<Module>),
    /// `d.keys()`, `d.values()`, `d.items()`: the view's name and the live dict it shows.
    View(Rc<(&'static str, Rc<RefCell<Dict>>)>),
    /// `super()`: the class to start after, and the object.
    Super(Rc<(Rc<Class>, Value)>),
    /// A compiled code object with its constants turned into values (a `MakeFunction` operand).
    Code(Rc<Code>),
    /// A closure cell (`f.__closure__[0]`), shared with the frames that use the variable.
    Cell(super::object::CellRef),
    /// `bytearray`: mutable bytes.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    /// A file object from `open()`.
    File(Rc<crate::builtins::file::FileObj>),
    /// A `range` whose bounds do not fit in `i64`.
    BigRange(Rc<crate::builtins::range::BigRange>),
    /// The native state of an asyncio Event, Lock, Semaphore or Queue (its `_core`).
    Primitive(Rc<crate::runtime::Primitive>),
    /// `e.__traceback__`: one level of a traceback chain (see `tb`).
    Traceback(Rc<super::tb::TbNode>),
    /// A traceback's `tb_frame`: what weft knows of a frame the exception passed through.
    Frame(Rc<super::tb::FrameView>),
}

/// By hand rather than derived so that it inlines into the dispatch loop: copying an int, a
/// float, a bool or None is a plain copy; anything else is one call (a refcount increment).
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_immediate() {
            // SAFETY: an immediate owns nothing (no `Rc`, nothing to drop), so a bitwise copy
            // is its clone (a `match` on four of them compiled to a jump table).
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_other()
        }
    }
}

impl Value {
    /// The rest of `clone`, out of line so the common cases above stay small.
    #[inline(never)]
    fn clone_other(&self) -> Value {
        use Value::*;
        match self {
            Undefined => Undefined,
            None => None,
            NotImplemented => NotImplemented,
            Ellipsis => Ellipsis,
            Bool(x) => Bool(*x),
            Int(x) => Int(*x),
            Float(x) => Float(*x),
            BigInt(r) => BigInt(Rc::clone(r)),
            Str(r) => Str(Rc::clone(r)),
            Bytes(r) => Bytes(Rc::clone(r)),
            List(r) => List(Rc::clone(r)),
            Tuple(r) => Tuple(Rc::clone(r)),
            Dict(r) => Dict(Rc::clone(r)),
            Set(r) => Set(Rc::clone(r)),
            Range(r) => Range(Rc::clone(r)),
            Slice(r) => Slice(Rc::clone(r)),
            Function(r) => Function(Rc::clone(r)),
            Native(r) => Native(Rc::clone(r)),
            BoundMethod(r) => BoundMethod(Rc::clone(r)),
            Class(r) => Class(Rc::clone(r)),
            Instance(r) => Instance(Rc::clone(r)),
            Generator(r) => Generator(Rc::clone(r)),
            Future(r) => Future(Rc::clone(r)),
            Handle(r) => Handle(Rc::clone(r)),
            NativeCoro(r) => NativeCoro(Rc::clone(r)),
            Iter(r) => Iter(Rc::clone(r)),
            Property(r) => Property(Rc::clone(r)),
            ClassMethod(r) => ClassMethod(Rc::clone(r)),
            StaticMethod(r) => StaticMethod(Rc::clone(r)),
            Module(r) => Module(Rc::clone(r)),
            Code(r) => Code(Rc::clone(r)),
            View(r) => View(Rc::clone(r)),
            Super(r) => Super(Rc::clone(r)),
            ByteArray(r) => ByteArray(Rc::clone(r)),
            File(r) => File(Rc::clone(r)),
            Primitive(r) => Primitive(Rc::clone(r)),
            Cell(r) => Cell(Rc::clone(r)),
            BigRange(r) => BigRange(Rc::clone(r)),
            Traceback(r) => Traceback(Rc::clone(r)),
            Frame(r) => Frame(Rc::clone(r)),
        }
    }
}

/// A string with its hash computed once (names are looked up by hash all the time). Its
/// `Text` knows whether it is all ASCII, so indexing, slicing and `len` of an ASCII string are
/// O(1) (its chars are its bytes). Invariant: `s` never changes after creation (the `Rc` is
/// shared), so the caches stay true. Three words: in its `Rc`, one 48-byte malloc chunk.
#[derive(Debug)]
pub struct Str {
    pub s: Text,
    hash: Cell<u64>,
}

impl Str {
    pub fn new(s: impl Into<Text>) -> Str {
        Str {
            s: s.into(),
            hash: Cell::new(0),
        }
    }

    /// Appends `t`: only for a string nobody else holds (see `ops::str_add`), so no dict
    /// holds it as a key under the hash this forgets.
    pub fn push_str(&mut self, t: &str) {
        self.s.push_str(t);
        self.hash.set(0);
    }

    /// All chars are ASCII (for a long string computed on first use, then remembered).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.s.is_ascii()
    }

    /// A 64-bit FNV-1a hash of the bytes (never 0, which marks "not computed yet"). Inline:
    /// every dict lookup by a str asks, and the answer is nearly always remembered.
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        self.compute_hash()
    }

    #[inline(never)]
    fn compute_hash(&self) -> u64 {
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.s.char_count()
    }
}

/// The hash of a string key: 64-bit FNV-1a, never 0.
pub const fn str_hash(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    if h == 0 {
        1
    } else {
        h
    }
}

/// A set or frozenset: keys only, in insertion order.
#[derive(Debug)]
pub struct SetObj {
    pub items: RefCell<indexmap::IndexSet<Key, super::dict::BuildKeyHasher>>,
    pub frozen: bool,
}

/// `range(start, stop, step)`.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }
}

impl Value {
    pub fn str(s: impl Into<Text>) -> Value {
        Value::Str(Rc::new(Str::new(s)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }

    pub fn bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }

    /// Holds no heap object: dropping it frees nothing (the loop forgets such values instead
    /// of calling the out-of-line destructor).
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        use Value::*;
        matches!(
            self,
            Undefined | None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_)
        )
    }

    /// Drops `self`, skipping the destructor call for an immediate.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_immediate() {
            std::mem::forget(self);
        }
    }

    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }

    /// The contents of a `bytes` or `bytearray` (a bytearray's are copied: it may change
    /// while they are used).
    pub fn byte_data(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Value::Bytes(b) => Some(std::borrow::Cow::Borrowed(&b[..])),
            Value::ByteArray(b) => Some(std::borrow::Cow::Owned(b.borrow().clone())),
            _ => Option::None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.s),
            _ => None,
        }
    }

    /// Identity, as `is`: same immediate or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Undefined, Undefined) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; treat every i64 as such.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as *const u8 as usize,
            Handle(r) => Rc::as_ptr(r) as *const u8 as usize,
            NativeCoro(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            View(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            File(r) => Rc::as_ptr(r) as *const u8 as usize,
            Primitive(r) => Rc::as_ptr(r) as *const u8 as usize,
            BigRange(r) => Rc::as_ptr(r) as *const u8 as usize,
            Traceback(r) => Rc::as_ptr(r) as *const u8 as usize,
            Frame(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<super::Str>(), 24);
    }

    #[test]
    fn ascii_flag_is_computed_once_and_right() {
        let a = super::Str::new("kaloni");
        assert!(a.is_ascii() && a.is_ascii());
        assert_eq!(a.char_len(), 6);
        let u = super::Str::new("caf\u{e9}");
        assert!(!u.is_ascii() && !u.is_ascii());
        assert_eq!(u.char_len(), 4);
    }
}
