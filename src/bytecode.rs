//! The bytecode: what the compiler gives and the VM takes, and the only thing they share.
//! A `CodeObject` holds one function's (or module's, class body's, comprehension's)
//! instructions with typed operands, its constants and names, and two side tables indexed by
//! instruction: `spans` (the source each instruction came from) and `handlers` (the exception
//! table). Nested functions are `Const::Code` constants of their parent.
//!
//! Exceptions use a zero-cost table, as CPython 3.11: nothing runs on entering a `try`; when an
//! instruction raises, the VM looks the instruction up in `handlers`, cuts the operand stack to
//! the entry's depth, pushes the exception and jumps to the handler. Invariant: entries are
//! sorted by `start`, do not overlap, and each names the innermost handler of its range.

mod dis;

use std::rc::Rc;

use num_bigint::BigInt;

use crate::span::Span;

pub use dis::disassemble;

/// Index into `CodeObject::consts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstId(pub u32);
/// Index into `CodeObject::names` (globals, attributes, names in module and class bodies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameId(pub u32);
/// A fast local's slot: index into `CodeObject::varnames`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalId(pub u32);
/// A cell's slot: `cellvars` first, then `freevars`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellId(pub u32);
/// A jump target: the index of an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The special method names: `__add__`, `__radd__`, `__iadd__`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// The rich comparisons (`is` and `in` have their own instructions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operation with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// `!s`, `!r`, `!a` of an f-string field, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// One instruction. The stack effect is written `[before] -> [after]`, top of stack last.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// Do nothing (a jump target that must exist): [] -> []
    Nop,
    /// Drop the top: [a] -> []
    Pop,
    /// Copy the top: [a] -> [a, a]
    Dup,
    /// Copy the top two: [a, b] -> [a, b, a, b]
    DupTwo,
    /// Swap the top two: [a, b] -> [b, a]
    Swap,
    /// Move the top down two places: [a, b, c] -> [c, a, b]
    Rot3,
    /// Move the top down three places: [a, b, c, d] -> [d, a, b, c]
    Rot4,

    /// Push a constant: [] -> [consts[c]]
    LoadConst(ConstId),
    /// Push a fast local; UnboundLocalError if unset: [] -> [v]
    LoadFast(LocalId),
    /// Store into a fast local: [v] -> []
    StoreFast(LocalId),
    /// Unset a fast local: [] -> []
    DeleteFast(LocalId),
    /// Push a cell's content: [] -> [v]
    LoadDeref(CellId),
    /// Store into a cell: [v] -> []
    StoreDeref(CellId),
    /// Empty a cell: [] -> []
    DeleteDeref(CellId),
    /// In a class body, a free name: the namespace first, then the cell: [] -> [v]
    LoadClassDeref(NameId, CellId),
    /// Push a global or builtin: [] -> [v]
    LoadGlobal(NameId),
    /// Store a global: [v] -> []
    StoreGlobal(NameId),
    /// Delete a global: [] -> []
    DeleteGlobal(NameId),
    /// Module or class body: namespace, then globals, then builtins: [] -> [v]
    LoadName(NameId),
    /// Module or class body: store into the namespace: [v] -> []
    StoreName(NameId),
    /// Module or class body: delete from the namespace: [] -> []
    DeleteName(NameId),

    /// Attribute read: [obj] -> [obj.name]
    LoadAttr(NameId),
    /// Attribute write: [v, obj] -> []
    StoreAttr(NameId),
    /// Attribute delete: [obj] -> []
    DeleteAttr(NameId),
    /// Method lookup without a bound method: [obj] -> [func, obj] or [attr, undefined]
    LoadMethod(NameId),
    /// Call what `LoadMethod` found with n arguments: [func, self?, a1..an] -> [result]
    CallMethod(u32),
    /// Subscript read: [obj, key] -> [obj[key]]
    Subscr,
    /// Subscript write: [v, obj, key] -> []
    StoreSubscr,
    /// Subscript delete: [obj, key] -> []
    DeleteSubscr,
    /// A slice object of 2 or 3 parts: [lo, hi(, step)] -> [slice]
    BuildSlice(u32),

    /// A binary operator: [a, b] -> [a op b]
    Binary(BinOp),
    /// An augmented assignment's operator (tries `__iop__` first): [a, b] -> [a op= b]
    Inplace(BinOp),
    /// A unary operator: [a] -> [op a]
    Unary(UnaryOp),
    /// A rich comparison: [a, b] -> [a op b]
    Compare(CmpOp),
    /// Identity, or its negation when true: [a, b] -> [a is b]
    Is(bool),
    /// Membership, or its negation when true: [a, b] -> [a in b]
    In(bool),

    /// Jump: [] -> []
    Jump(Label),
    /// Pop, jump if falsy: [v] -> []
    PopJumpIfFalse(Label),
    /// Pop, jump if truthy: [v] -> []
    PopJumpIfTrue(Label),
    /// Jump keeping the value if falsy, else pop: [v] -> [v] or []
    JumpIfFalseOrPop(Label),
    /// Jump keeping the value if truthy, else pop: [v] -> [v] or []
    JumpIfTrueOrPop(Label),
    /// An iterator for the value: [obj] -> [iter(obj)]
    GetIter,
    /// Next item, or pop the iterator and jump when exhausted: [it] -> [it, v] or []
    ForIter(Label),

    /// A tuple of n items: [a1..an] -> [(a1..an)]
    BuildTuple(u32),
    /// A list of n items: [a1..an] -> [[a1..an]]
    BuildList(u32),
    /// A set of n items: [a1..an] -> [{a1..an}]
    BuildSet(u32),
    /// A dict of n pairs: [k1, v1..kn, vn] -> [{k1: v1..}]
    BuildMap(u32),
    /// Concatenate n strings: [s1..sn] -> [s1+..+sn]
    BuildString(u32),
    /// A list to a tuple: [list] -> [tuple]
    ListToTuple,
    /// Append to the list n below the top (comprehensions): [list, ..., v] -> [list, ...]
    ListAppend(u32),
    /// Add to the set n below the top: [set, ..., v] -> [set, ...]
    SetAdd(u32),
    /// Insert into the dict n below the top: [dict, ..., k, v] -> [dict, ...]
    MapAdd(u32),
    /// Extend the list n below the top with an iterable: [list, ..., it] -> [list, ...]
    ListExtend(u32),
    /// Update the set n below the top with an iterable: [set, ..., it] -> [set, ...]
    SetUpdate(u32),
    /// `**m` in a display: update the dict n below the top: [dict, ..., m] -> [dict, ...]
    DictUpdate(u32),
    /// `**m` in a call: as DictUpdate, but a repeated key is a TypeError: [dict, ..., m] -> [dict, ...]
    DictMerge(u32),
    /// Unpack exactly n items, first on top: [seq] -> [vn..v1]
    UnpackSequence(u32),
    /// Unpack with a starred target: [seq] -> [after.., list, before..] (first on top)
    UnpackEx { before: u32, after: u32 },
    /// Format an f-string field: [v(, spec)] -> [str]
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    /// A function from a code constant; defaults tuple, kw-defaults dict and annotations dict
    /// when flagged; the closure's cells are taken from this frame:
    /// [defaults?, kwdefaults?, annotations?] -> [function]
    MakeFunction {
        code: ConstId,
        defaults: bool,
        kwdefaults: bool,
        annotations: bool,
    },
    /// Call with n positional arguments: [f, a1..an] -> [result]
    Call(u32),
    /// Call with n arguments, the last named by a tuple of names: [f, a1..an, names] -> [result]
    CallKw(u32),
    /// Call with unpacked arguments: [f, args_tuple(, kwargs_dict)] -> [result]
    CallEx { kwargs: bool },
    /// Run a class body function, then make the class: [body, name, b1..bn] -> [class]
    BuildClass(u32),
    /// Return from the frame: [v] -> (caller) [v]
    Return,
    /// Suspend the generator; resuming pushes the sent value: [v] -> [sent]
    Yield,
    /// `yield from` operand to an iterator: [obj] -> [iter]
    GetYieldFromIter,
    /// `async with`: bind `__aexit__`, call `__aenter__` (its result is then awaited): [mgr] -> [aexit, aenter()]
    BeforeAsyncWith,
    /// `async for`'s iterator: `obj.__aiter__()`: [obj] -> [aiter]
    GetAIter,
    /// The next awaitable of `async for`: `aiter.__anext__()`: [aiter] -> [aiter, awaitable]
    GetANext,
    /// Ends `async for` on StopAsyncIteration (pops the iterator), re-raises anything else: [aiter, exc] -> []
    EndAsyncFor,
    /// Marks the next `Yield` of an async generator as a value for `async for` (not an await passing a future up): [v] -> [v]
    AsyncGenWrap,
    /// The awaitable of `await x`: a coroutine, a future, or what `__await__` returns: [x] -> [it]
    GetAwaitable,
    /// Send into the sub-iterator; jump with its return value when done: [it, v] -> [it, yielded] or [result]
    Send(Label),

    /// Raise: 0 re-raises the handled exception; 1 raises the top; 2 raises with a cause:
    /// [exc?, cause?] -> never
    Raise(u32),
    /// Re-raise an exception keeping its traceback (end of a finally or unmatched except): [exc] -> never
    Reraise,
    /// Enter an except block: [exc] -> [previous handled exception, exc]
    PushExcInfo,
    /// Leave an except block, restoring the previous handled exception: [prev] -> []
    PopExcept,
    /// Does the exception match the type(s)?: [exc, type] -> [exc, bool]
    CheckExcMatch,
    /// `except* T`: split the rest by the type(s); on a match the match becomes the handled
    /// exception, else jump keeping the rest: [rest, type] -> [rest', match] or [rest]
    CheckEgMatch(Label),
    /// End of `except*`: what is left to raise from the original and the list of what the
    /// clauses raised plus the rest; jump when nothing is: [orig, list] -> [exc] or []
    PrepReraiseStar(Label),
    /// Enter a `with`: [mgr] -> [bound __exit__, mgr.__enter__()]
    BeforeWith,
    /// In a `with` handler, call exit(type, exc, tb): [exit, prev, exc] -> [exit, prev, exc, result]
    WithExceptStart,
    /// Push `AssertionError` (the class): [] -> [AssertionError]
    LoadAssertionError,

    /// Import the dotted module `names[name]` (`level` leading dots: relative to the running
    /// module's package). Pushes the named module itself when `leaf`, else its top-level
    /// package (`import a.b` binds `a`): [] -> [module]
    ImportName {
        name: NameId,
        level: u16,
        leaf: bool,
    },
    /// `from m import name`: [module] -> [module, module.name]
    ImportFrom(NameId),
    /// `from m import *` into the module namespace: [module] -> []
    ImportStar,

    /// `match`: is the subject a sequence pattern can match (not str/bytes)?: [s] -> [s, bool]
    MatchSequence,
    /// `match`: is the subject a mapping?: [s] -> [s, bool]
    MatchMapping,
    /// `match`: the subject's length: [s] -> [s, len(s)]
    GetLen,
    /// `match`: the values of these keys, or None if one is missing: [s, keys] -> [s, keys, values?]
    MatchKeys,
    /// `match`: `**rest`, a dict of the other items: [s, keys] -> [rest]
    CopyDictWithout,
    /// `match`: a class pattern with n positional sub-patterns and keyword names (a tuple
    /// constant): the attributes to match, or None: [s, cls] -> [attrs?]
    MatchClass { positional: u32, names: ConstId },

    // Superinstructions. The compiler never emits these: the VM's quickening pass
    // (`vm::quicken`) writes each in the slot of the first instruction of the sequence it
    // stands for, and the slots it skips keep their own instructions (a jump may land there).
    // Each behaves exactly as its sequence, raising with the pc of the constituent that failed.
    /// LoadFast a; LoadFast b: [] -> [a, b]
    LoadFastLoadFast(LocalId, LocalId),
    /// The slot after the last instruction (`vm::quicken` appends it): running into it is a
    /// weft bug, raised as RuntimeError. It lets the dispatch loop read the next instruction
    /// without a bounds check: [] -> []
    EndOfCode,
    /// LoadFast a; LoadConst c: [] -> [a, c]
    LoadFastLoadConst(LocalId, ConstId),
    /// StoreFast a; LoadFast b: [v] -> [b]
    StoreFastLoadFast(LocalId, LocalId),
    /// LoadFast a; LoadFast b; Binary op (Inplace when `inplace`): [] -> [a op b]
    BinaryFastFast {
        op: BinOp,
        inplace: bool,
        a: LocalId,
        b: LocalId,
    },
    /// LoadFast a; LoadConst c; Binary op (Inplace when `inplace`): [] -> [a op c]
    BinaryFastConst {
        op: BinOp,
        inplace: bool,
        a: LocalId,
        c: ConstId,
    },
    /// LoadFast b; Binary op (Inplace when `inplace`): [a] -> [a op b]
    BinaryFast {
        op: BinOp,
        inplace: bool,
        b: LocalId,
    },
    /// LoadConst c; Binary op (Inplace when `inplace`): [a] -> [a op c]
    BinaryConst {
        op: BinOp,
        inplace: bool,
        c: ConstId,
    },
    /// Binary op (Inplace when `inplace`); StoreFast l: [a, b] -> []
    BinaryStoreFast {
        op: BinOp,
        inplace: bool,
        l: LocalId,
    },
    /// Compare op; PopJumpIfTrue (`jump_if`) or PopJumpIfFalse: [a, b] -> []
    CompareJump {
        op: CmpOp,
        jump_if: bool,
        target: Label,
    },
    /// LoadFast a; LoadConst c; Subscr: [] -> [a[c]]
    SubscrFastConst(LocalId, ConstId),
    /// LoadFast a; LoadFast b; Subscr: [] -> [a[b]]
    SubscrFastFast(LocalId, LocalId),
    /// LoadFast a; LoadConst c; DupTwo; Subscr (the head of `a[c] op= v`): [] -> [a, c, a[c]]
    SubscrFastConstKeep(LocalId, ConstId),
    /// LoadFast a; LoadFast b; StoreSubscr: [v] -> []
    StoreSubscrFastFast(LocalId, LocalId),
    /// Inplace op; Rot3; StoreSubscr (the tail of `x[k] op= v`): [x, k, cur, v] -> []
    InplaceStoreSubscr(BinOp),
    /// LoadFast a; LoadConst c; Binary op (Inplace when `inplace`); StoreFast l (`n //= 2`,
    /// `i = j + 1`; slots below 65536 only, to stay 12 bytes): [] -> []
    BinaryFastConstStoreFast {
        op: BinOp,
        inplace: bool,
        a: u16,
        c: u16,
        l: u16,
    },
    /// LoadConst c; LoadFast a; Binary op (Inplace when `inplace`) (`3 * n`): [] -> [c op a]
    BinaryConstFast {
        op: BinOp,
        inplace: bool,
        c: ConstId,
        a: LocalId,
    },
    /// LoadConst c; Binary op (Inplace when `inplace`); StoreFast l: [a] -> []
    BinaryConstStoreFast {
        op: BinOp,
        inplace: bool,
        c: ConstId,
        l: LocalId,
    },
    /// LoadFast a; LoadConst c; Compare op; PopJumpIfTrue (`jump_if`) or PopJumpIfFalse
    /// (`while n != 1`; slots below 65536 only): [] -> []
    CompareFastConstJump {
        op: CmpOp,
        jump_if: bool,
        a: u16,
        c: u16,
        target: Label,
    },
    /// LoadFast a; LoadConst c; Subscr; LoadFast b; LoadConst d; Subscr; Binary op; StoreFast
    /// l (`dx = p[0] - q[0]`; slots below 65536 only): [] -> []
    SubscrPairStoreFast {
        op: BinOp,
        a: u16,
        c: u16,
        b: u16,
        d: u16,
        l: u16,
    },
    /// LoadFast a; LoadConst c; Subscr; LoadFast b; Binary op; StoreFast l (`m = p[6] * k`;
    /// slots below 65536 only): [] -> []
    SubscrFastStoreFast {
        op: BinOp,
        a: u16,
        c: u16,
        b: u16,
        l: u16,
    },
    /// LoadFast a; LoadConst c; DupTwo; Subscr; LoadFast x; LoadFast y; Binary op; Inplace
    /// update; Rot3; StoreSubscr (`p[3] -= dx * k`; slots below 65536 only): [] -> []
    InplaceSubscrFastFast {
        update: BinOp,
        op: BinOp,
        a: u16,
        c: u16,
        x: u16,
        y: u16,
    },
    /// UnpackSequence 2; StoreFast a; StoreFast b (`for p, q in pairs`): [s] -> []
    UnpackStoreFastFast(LocalId, LocalId),
    /// LoadFast a; LoadConst c; DupTwo; Subscr; LoadFast x; LoadFast a; LoadConst d; Subscr;
    /// Binary op; Inplace update; Rot3; StoreSubscr (`p[0] += dt * p[3]`; slots below 65536
    /// only): [] -> []
    InplaceSubscrFastSubscr {
        update: BinOp,
        op: BinOp,
        a: u16,
        c: u16,
        x: u16,
        d: u16,
    },
    /// LoadFast a; LoadFast b; Binary op; LoadFast c; LoadFast d; Binary op2; Binary then
    /// (`x * x + y * y`; slots below 65536 only): [] -> [(a op b) then (c op2 d)]
    BinaryQuad {
        op: BinOp,
        op2: BinOp,
        then: BinOp,
        a: u16,
        b: u16,
        c: u16,
        d: u16,
    },
}

/// A constant known at compile time.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    /// Keyword names of a `CallKw`, or a constant tuple.
    Tuple(Vec<Const>),
    Code(Rc<CodeObject>),
}

/// One row of the exception table: instructions `start..end` are covered by `handler`, entered
/// with the operand stack cut to `depth` items and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: Label,
    pub depth: u32,
}

/// What kind of code this is, and how its parameters are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Calling it makes a generator.
    pub generator: bool,
    /// `async def`: calling it makes a coroutine (the next issue runs these).
    pub coroutine: bool,
    /// Has `*args` (the slot after the keyword-only parameters).
    pub varargs: bool,
    /// Has `**kwargs` (the slot after `*args`, if any).
    pub varkeywords: bool,
    /// A module or class body: names go through a namespace dict.
    pub namespace: bool,
}

/// The compiled form of one scope.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `f`, `<module>`, `<lambda>`, `<listcomp>`...
    pub name: Rc<str>,
    /// `A.f.<locals>.g`, as `__qualname__`.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub flags: CodeFlags,
    /// Positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<Instr>,
    /// The source of each instruction (same length as `instrs`).
    pub spans: Vec<Span>,
    pub handlers: Vec<Handler>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    /// Fast local slots: parameters first, in frame order.
    pub varnames: Vec<Rc<str>>,
    /// Names this scope keeps in cells for nested functions.
    pub cellvars: Vec<Rc<str>>,
    /// Names this scope reads from enclosing scopes' cells.
    pub freevars: Vec<Rc<str>>,
    /// For each free variable, the enclosing code's cell slot it is taken from.
    pub free_from: Vec<CellId>,
    /// For each cell that is also a parameter: (cell slot, parameter slot).
    pub cell_params: Vec<(CellId, LocalId)>,
    /// About the most operand-stack items the code holds at once: an estimate plus
    /// `codegen::MAX_STACK_SLACK`, a capacity hint (pushes are checked).
    pub max_stack: u32,
    /// The `def`/`lambda`/class line, where the function starts.
    pub first_line_span: Span,
    /// A function's docstring (`__doc__`).
    pub docstring: Option<Rc<str>>,
}

impl CodeObject {
    /// The handler covering instruction `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<Handler> {
        let pc = pc as u32;
        let i = self.handlers.partition_point(|h| h.end <= pc);
        self.handlers
            .get(i)
            .copied()
            .filter(|h| h.start <= pc && pc < h.end)
    }

    /// Number of fast local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Number of cell slots (own cells, then free variables).
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    pub fn cell_name(&self, cell: CellId) -> &str {
        let i = cell.0 as usize;
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instructions_stay_small() {
        // Three words would double the dispatch loop's cache footprint; keep it at 12 bytes.
        assert!(std::mem::size_of::<super::Instr>() <= 12);
    }
}
