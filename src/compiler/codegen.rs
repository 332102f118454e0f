//! Code generation: takes a checked `ast::Module` and its `SymbolTable`, gives a `CodeObject`
//! tree (the module's code, nested functions as constants). Names are placed by the symbol
//! table: fast locals by slot, cells and free variables by cell slot, globals and
//! module/class-body names by name.
//!
//! Control flow that leaves a block early (`return`, `break`, `continue`) runs the cleanup of
//! every block it leaves — `finally` bodies are compiled inline there, `with` exits called —
//! using a stack of `FBlock`s, as CPython's compiler. Each `FBlock` may own an exception
//! handler; an instruction is covered by the handler of the innermost block that has one, and
//! `finish` turns those per-instruction handlers into the exception table.
//!
//! Invariant: between statements the operand stack holds exactly what the enclosing blocks
//! keep there (an iterator per `for`, the exit function per `with`, the saved exception per
//! `except`/`finally` body), so a handler's depth is the sum of its enclosing blocks' items.

mod except_star;
mod expr;
mod pattern;
mod stmt;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::scope::{Place, ScopeId, ScopeKind, SymbolTable};
use crate::ast::{self, Span};
use crate::bytecode::{
    CellId, CodeFlags, CodeObject, Const, ConstId, Handler, Instr, Label, LocalId, NameId,
};
use crate::diagnostics::SyntaxError;

type Result<T = ()> = std::result::Result<T, SyntaxError>;

/// The error for a construct the VM cannot run yet (design decision 11).
pub(crate) fn unsupported(what: &str, span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::compile::unsupported",
        format!("weft does not support {what} yet"),
        span,
    )
    .label("not supported yet")
    .help("this runs on CPython; weft's VM does not implement it yet (see the README's list)")
}

impl<'a> Compiler<'a> {
    /// A compiler with the module's code unit entered (the start of both entry points).
    fn for_module(module: &ast::Module, table: &'a SymbolTable, filename: &str) -> Compiler<'a> {
        let mut c = Compiler {
            table,
            filename: filename.into(),
            units: Vec::new(),
        };
        c.enter(
            ScopeId::MODULE,
            "<module>".into(),
            "<module>".into(),
            module.span,
            None,
        );
        c
    }
}

/// Compiles a module checked by `compiler::check`.
pub fn compile_module(
    module: &ast::Module,
    table: &SymbolTable,
    filename: &str,
) -> Result<Rc<CodeObject>> {
    let mut c = Compiler::for_module(module, table, filename);
    c.stmts(&module.body)?;
    c.load_const(Const::None);
    c.emit(Instr::Return);
    Ok(Rc::new(c.leave()))
}

/// Compiles `eval()`'s source: `module` holds the expression as its one statement (so the
/// checks and symbol table see it as a module); the code returns the expression's value.
pub fn compile_expression(
    module: &ast::Module,
    table: &SymbolTable,
    filename: &str,
) -> Result<Rc<CodeObject>> {
    let mut c = Compiler::for_module(module, table, filename);
    match module.body.first().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(e)) => c.expr(e)?,
        _ => c.load_const(Const::None),
    }
    c.emit(Instr::Return);
    Ok(Rc::new(c.leave()))
}

/// A block that early exits must clean up (see the module doc).
#[derive(Clone)]
enum FBlockKind<'a> {
    While {
        start: Label,
        end: Label,
    },
    For {
        start: Label,
        end: Label,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving runs the final body.
    TryFinally(&'a [ast::Stmt]),
    /// Inside an `except` body: the previous handled exception is on the stack; `name` is
    /// the `as` name to clear.
    HandlerCleanup(Option<String>),
    /// The finally body on the exceptional path: saved exception and the exception.
    FinallyEnd,
    /// Inside a `with` body: the bound `__exit__` (`__aexit__`) is on the stack.
    With {
        is_async: bool,
    },
    /// A return value kept on the stack while a finally body runs.
    PopValue,
    /// Between `PushExcInfo` and an except body (matching): saved exception on the stack.
    ExceptDispatch,
    /// Inside an `except*` body: the saved exception, the original exception, the list of
    /// what clauses raised and the unmatched rest are on the stack; `name` is the `as` name.
    StarHandler(Option<String>),
}

#[derive(Clone)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// The handler covering code inside this block, as (target, stack depth).
    handler: Option<(Label, u32)>,
}

impl FBlockKind<'_> {
    /// Stack items this block keeps under the statements inside it.
    fn items(&self) -> u32 {
        match self {
            FBlockKind::For { .. }
            | FBlockKind::With { .. }
            | FBlockKind::HandlerCleanup(_)
            | FBlockKind::PopValue
            | FBlockKind::ExceptDispatch => 1,
            FBlockKind::FinallyEnd => 2,
            FBlockKind::StarHandler(_) => 4,
            _ => 0,
        }
    }
}

/// One code object being built.
struct Unit<'a> {
    scope: ScopeId,
    name: Rc<str>,
    qualname: Rc<str>,
    first_span: Span,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    handlers: Vec<Option<(Label, u32)>>,
    consts: Vec<Const>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    /// Label id -> instruction index, once bound.
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    span: Span,
    depth: i32,
    max_depth: i32,
    /// The innermost enclosing class's name, for private-name mangling.
    class_name: Option<String>,
    flags: CodeFlags,
    docstring: Option<Rc<str>>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn u(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn scope(&self) -> &'a super::scope::Scope {
        self.table.scope(self.u().scope)
    }

    /// Opens a code object for `scope`.
    fn enter(
        &mut self,
        scope: ScopeId,
        name: Rc<str>,
        qualname: Rc<str>,
        span: Span,
        class_name: Option<String>,
    ) {
        let s = self.table.scope(scope);
        let function_like = s.kind.is_function_like();
        let mut varnames: Vec<Rc<str>> = Vec::new();
        let mut cellvars: Vec<Rc<str>> = Vec::new();
        let mut freevars: Vec<Rc<str>> = Vec::new();
        if function_like {
            for p in &s.params {
                varnames.push(p.as_str().into());
            }
            for sym in &s.symbols {
                if sym.place == Place::Local && !s.params.contains(&sym.name) {
                    varnames.push(sym.name.as_str().into());
                }
            }
        }
        for sym in &s.symbols {
            match sym.place {
                Place::Cell => cellvars.push(sym.name.as_str().into()),
                Place::Free => freevars.push(sym.name.as_str().into()),
                _ if s.kind == ScopeKind::Class
                    && sym.flags.contains(super::scope::Flags::FREE_CLASS) =>
                {
                    freevars.push(sym.name.as_str().into())
                }
                _ => {}
            }
        }
        if s.kind == ScopeKind::Class && s.needs_class_cell {
            cellvars.push("__class__".into());
        }
        let flags = CodeFlags {
            generator: s.is_generator,
            coroutine: s.is_coroutine,
            varargs: s.has_varargs,
            varkeywords: s.has_varkeywords,
            namespace: !function_like,
        };
        self.units.push(Unit {
            scope,
            name,
            qualname,
            first_span: span,
            instrs: Vec::new(),
            spans: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            fblocks: Vec::new(),
            span,
            depth: 0,
            max_depth: 0,
            class_name,
            flags,
            docstring: None,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
        });
    }

    /// Closes the current code object: binds labels, builds the exception table.
    fn leave(&mut self) -> CodeObject {
        let u = self.units.pop().expect("leave after enter");
        let resolve = |l: Label| Label(u.labels[l.0 as usize].unwrap_or(0));
        let instrs: Vec<Instr> = u
            .instrs
            .iter()
            .map(|&i| match i {
                Instr::Jump(l) => Instr::Jump(resolve(l)),
                Instr::PopJumpIfFalse(l) => Instr::PopJumpIfFalse(resolve(l)),
                Instr::PopJumpIfTrue(l) => Instr::PopJumpIfTrue(resolve(l)),
                Instr::JumpIfFalseOrPop(l) => Instr::JumpIfFalseOrPop(resolve(l)),
                Instr::JumpIfTrueOrPop(l) => Instr::JumpIfTrueOrPop(resolve(l)),
                Instr::CheckEgMatch(l) => Instr::CheckEgMatch(resolve(l)),
                Instr::PrepReraiseStar(l) => Instr::PrepReraiseStar(resolve(l)),
                Instr::ForIter(l) => Instr::ForIter(resolve(l)),
                Instr::Send(l) => Instr::Send(resolve(l)),
                other => other,
            })
            .collect();
        let mut handlers: Vec<Handler> = Vec::new();
        for (pc, h) in u.handlers.iter().enumerate() {
            let Some((label, depth)) = *h else { continue };
            let target = resolve(label);
            match handlers.last_mut() {
                Some(last)
                    if last.end == pc as u32 && last.target == target && last.depth == depth =>
                {
                    last.end += 1;
                }
                _ => handlers.push(Handler {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    target,
                    depth,
                }),
            }
        }
        let cells: Vec<Rc<str>> = u.cellvars.clone();
        let cell_params = cells
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                u.varnames[..u.varnames.len().min(self.param_count(&u))]
                    .iter()
                    .position(|v| v == name)
                    .map(|li| (CellId(ci as u32), LocalId(li as u32)))
            })
            .collect();
        let free_from = match self.units.last() {
            Some(parent) => u
                .freevars
                .iter()
                .map(|name| {
                    let i = parent
                        .cellvars
                        .iter()
                        .chain(parent.freevars.iter())
                        .position(|n| n == name)
                        .unwrap_or(0);
                    CellId(i as u32)
                })
                .collect(),
            None => Vec::new(),
        };
        CodeObject {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            instrs,
            spans: u.spans,
            handlers,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            free_from,
            cell_params,
            max_stack: u.max_depth.max(0) as u32 + MAX_STACK_SLACK,
            first_line_span: u.first_span,
            docstring: u.docstring,
        }
    }

    fn param_count(&self, u: &Unit) -> usize {
        (u.argcount + u.kwonlyargcount) as usize
            + u.flags.varargs as usize
            + u.flags.varkeywords as usize
    }

    fn emit(&mut self, instr: Instr) {
        let handler = self.u().fblocks.iter().rev().find_map(|b| b.handler);
        let u = self.unit();
        u.instrs.push(instr);
        u.spans.push(u.span);
        u.handlers.push(handler);
        u.depth += stack_effect(&instr);
        u.max_depth = u.max_depth.max(u.depth);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn add_const(&mut self, c: Const) -> ConstId {
        let u = self.unit();
        if !matches!(c, Const::Code(_) | Const::Float(_)) {
            if let Some(i) = u.consts.iter().position(|x| *x == c) {
                return ConstId(i as u32);
            }
        }
        u.consts.push(c);
        ConstId(u.consts.len() as u32 - 1)
    }

    fn load_const(&mut self, c: Const) {
        let id = self.add_const(c);
        self.emit(Instr::LoadConst(id));
    }

    fn name_id(&mut self, name: &str) -> NameId {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return NameId(i);
        }
        let rc: Rc<str> = name.into();
        u.names.push(rc.clone());
        u.name_index.insert(rc, u.names.len() as u32 - 1);
        NameId(u.names.len() as u32 - 1)
    }

    /// The stack depth between statements here (see the module invariant).
    fn base_depth(&self) -> u32 {
        self.u().fblocks.iter().map(|b| b.kind.items()).sum()
    }

    /// Opens a block; its handler keeps the enclosing blocks' items and this block's own.
    fn push_fblock(&mut self, kind: FBlockKind<'a>, handler: Option<Label>) {
        let depth = self.base_depth() + kind.items();
        self.unit().fblocks.push(FBlock {
            kind,
            handler: handler.map(|l| (l, depth)),
        });
    }

    /// A block whose handler finds `depth` values on the stack (a comprehension's stack is
    /// not described by its blocks).
    fn push_fblock_at(&mut self, kind: FBlockKind<'a>, handler: Label, depth: u32) {
        self.unit().fblocks.push(FBlock {
            kind,
            handler: Some((handler, depth)),
        });
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn mangle(&self, name: &str) -> String {
        super::scope::mangle(self.u().class_name.as_deref(), name)
    }

    fn cell_id(&self, name: &str) -> Option<CellId> {
        let u = self.u();
        u.cellvars
            .iter()
            .chain(u.freevars.iter())
            .position(|n| &**n == name)
            .map(|i| CellId(i as u32))
    }

    fn local_id(&self, name: &str) -> Option<LocalId> {
        self.u()
            .varnames
            .iter()
            .position(|n| &**n == name)
            .map(|i| LocalId(i as u32))
    }

    /// Emits the load, store or delete of a name where the symbol table puts it.
    fn name_op(&mut self, name: &str, op: NameOp) {
        let name = self.mangle(name);
        let scope = self.scope();
        let place = scope
            .symbol(&name)
            .map_or(Place::GlobalImplicit, |s| s.place);
        let function_like = scope.kind.is_function_like();
        let instr = match (place, function_like) {
            (Place::Cell | Place::Free, _)
                if scope.kind == ScopeKind::Class && op == NameOp::Load && place == Place::Free =>
            {
                let n = self.name_id(&name);
                let c = self.cell_id(&name).unwrap_or(CellId(0));
                Instr::LoadClassDeref(n, c)
            }
            (Place::Cell | Place::Free, _) => {
                let c = self.cell_id(&name).unwrap_or(CellId(0));
                match op {
                    NameOp::Load => Instr::LoadDeref(c),
                    NameOp::Store => Instr::StoreDeref(c),
                    NameOp::Delete => Instr::DeleteDeref(c),
                }
            }
            (Place::Local, true) => {
                let l = self.local_id(&name).unwrap_or(LocalId(0));
                match op {
                    NameOp::Load => Instr::LoadFast(l),
                    NameOp::Store => Instr::StoreFast(l),
                    NameOp::Delete => Instr::DeleteFast(l),
                }
            }
            (Place::GlobalExplicit, _) | (Place::GlobalImplicit, true) => {
                let n = self.name_id(&name);
                match op {
                    NameOp::Load => Instr::LoadGlobal(n),
                    NameOp::Store => Instr::StoreGlobal(n),
                    NameOp::Delete => Instr::DeleteGlobal(n),
                }
            }
            _ => {
                let n = self.name_id(&name);
                match op {
                    NameOp::Load => Instr::LoadName(n),
                    NameOp::Store => Instr::StoreName(n),
                    NameOp::Delete => Instr::DeleteName(n),
                }
            }
        };
        self.emit(instr);
    }

    fn with_span<T>(&mut self, span: Span, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let saved = std::mem::replace(&mut self.unit().span, span);
        let r = f(self);
        self.unit().span = saved;
        r
    }

    /// The qualified name for a scope named `name` defined here.
    fn child_qualname(&self, name: &str) -> Rc<str> {
        let u = self.u();
        let scope = self.scope();
        match scope.kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{name}", u.qualname).into(),
            _ => format!("{}.<locals>.{name}", u.qualname).into(),
        }
    }

    fn int_const(i: &ast::Int) -> Const {
        match i {
            ast::Int::Small(n) => Const::Int(*n),
            ast::Int::Big(b) => Const::BigInt(BigInt::clone(b)),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOp {
    Load,
    Store,
    Delete,
}

/// Slots `max_stack` adds to the `stack_effect` estimate, which can fall a few short (up to six
/// slots over the golden programs); frames reserve that much so their pushes rarely reallocate.
pub const MAX_STACK_SLACK: u32 = 2;

/// Approximate stack effect of an instruction on its fall-through path (for `max_stack`, a
/// capacity hint; handler depths come from the block structure, not from this).
fn stack_effect(i: &Instr) -> i32 {
    use Instr::*;
    match *i {
        Nop | Rot3 | Rot4 | Swap | Jump(_) | GetIter | Unary(_) | LoadAttr(_) | ListToTuple
        | GetYieldFromIter | GetAwaitable | GetAIter | AsyncGenWrap | DeleteFast(_)
        | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | Yield => 0,
        Pop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | Binary(_) | Inplace(_) | Compare(_) | Is(_) | In(_) | Subscr | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) | ListAppend(_)
        | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | Return
        | Raise(_) | Reraise | PopExcept | Send(_) | ImportStar | PrepReraiseStar(_) => -1,
        CheckEgMatch(_) => 0,
        Dup | LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(..) | LoadGlobal(_)
        | LoadName(_) | LoadMethod(_) | ForIter(_) | PushExcInfo | BeforeWith | BeforeAsyncWith
        | WithExceptStart | LoadAssertionError | CheckExcMatch | MatchSequence | MatchMapping
        | GetLen | MatchKeys | GetANext => 1,
        ImportName { .. } | ImportFrom(_) => 1,
        DupTwo => 2,
        EndAsyncFor => -2,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        CopyDictWithout | MatchClass { .. } => -1,
        StoreSubscr => -3,
        CallMethod(n) => -(n as i32) - 1,
        BuildSlice(n) => 1 - n as i32,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => (before + after) as i32,
        FormatValue { has_spec, .. } => -(has_spec as i32),
        MakeFunction {
            defaults,
            kwdefaults,
            annotations,
            ..
        } => 1 - defaults as i32 - kwdefaults as i32 - annotations as i32,
        Call(n) => -(n as i32),
        CallKw(n) => -(n as i32) - 1,
        CallEx { kwargs } => -1 - kwargs as i32,
        BuildClass(n) => -(n as i32) - 1,
        // Never emitted by the compiler (see `vm::quicken`); their sequences' net effects.
        LoadFastLoadFast(..) | LoadFastLoadConst(..) => 2,
        EndOfCode => 0,
        SubscrFastConstKeep(..) => 3,
        BinaryFastFast { .. }
        | BinaryFastConst { .. }
        | SubscrFastConst(..)
        | SubscrFastFast(..) => 1,
        StoreFastLoadFast(..) | BinaryFast { .. } | BinaryConst { .. } => 0,
        BinaryFastConstStoreFast { .. } | CompareFastConstJump { .. } => 0,
        BinaryConstFast { .. } => 1,
        BinaryConstStoreFast { .. } => -1,
        BinaryStoreFast { .. } | CompareJump { .. } => -2,
        StoreSubscrFastFast(..) => -1,
        InplaceStoreSubscr(_) => -4,
        SubscrPairStoreFast { .. } | SubscrFastStoreFast { .. } => 0,
        InplaceSubscrFastFast { .. } => 0,
        UnpackStoreFastFast(..) => -1,
        InplaceSubscrFastSubscr { .. } => 0,
        BinaryQuad { .. } => 1,
    }
}
