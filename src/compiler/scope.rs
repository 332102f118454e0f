//! Symbol tables: one `Scope` per module, function, lambda, class body and comprehension, each
//! saying for every name it mentions where that name lives (local, global, cell, free). The
//! builder (`scope/build.rs`) walks the AST in CPython's order and records uses and bindings;
//! the resolver (`scope/resolve.rs`) then decides each name's place, as CPython's `symtable.c`.
//!
//! Invariant: scope ids are dense indexes into `SymbolTable::scopes`, given in the order the
//! builder enters scopes; the module is always `ScopeId::MODULE`. The code generator finds the
//! scope of a `def`, `class`, `lambda` or comprehension with `SymbolTable::scope_of(node.span)`.

mod build;
mod resolve;

use std::collections::HashMap;
use std::fmt;

use crate::ast::{Module, Span};
use crate::diagnostics::SyntaxError;

pub(super) use build::build;

/// Index of a scope in its `SymbolTable`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub usize);

impl ScopeId {
    pub const MODULE: ScopeId = ScopeId(0);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions: scopes with fast locals and closures.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp
                | ScopeKind::SetComp
                | ScopeKind::DictComp
                | ScopeKind::GeneratorExp
        )
    }

    fn word(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Function => "function",
            ScopeKind::Lambda => "lambda",
            ScopeKind::Class => "class",
            ScopeKind::ListComp => "listcomp",
            ScopeKind::SetComp => "setcomp",
            ScopeKind::DictComp => "dictcomp",
            ScopeKind::GeneratorExp => "genexpr",
        }
    }
}

/// Where a name lives once resolution is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Bound in this scope and used by no nested function: a fast local (a dict entry in a
    /// module or class body).
    Local,
    /// Declared `global` here (or bound by a walrus in a module-level comprehension).
    GlobalExplicit,
    /// Neither bound here nor in an enclosing function: looked up in globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function (declared `nonlocal`, or just used): read through a cell
    /// the closure carries. A `nonlocal` name is `Free` with the `NONLOCAL` flag.
    Free,
    /// Bound here and captured by a nested function: stored in a cell.
    Cell,
}

/// What a scope does with a name, as recorded by the builder (CPython's `DEF_*` flags).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u16);

impl Flags {
    /// Bound here: assignment, `def`, `class`, `for`, `with ... as`, `except ... as`, `del`.
    pub const ASSIGNED: Flags = Flags(1);
    /// Read here.
    pub const USED: Flags = Flags(1 << 1);
    pub const PARAMETER: Flags = Flags(1 << 2);
    /// `name: annotation` on a bare name.
    pub const ANNOTATED: Flags = Flags(1 << 3);
    /// Bound by `import`.
    pub const IMPORTED: Flags = Flags(1 << 4);
    /// Named in a `global` statement (or a walrus target reaching the module).
    pub const GLOBAL: Flags = Flags(1 << 5);
    /// Named in a `nonlocal` statement (or a walrus target reaching an enclosing function).
    pub const NONLOCAL: Flags = Flags(1 << 6);
    /// An iteration variable of this comprehension.
    pub const COMP_ITER: Flags = Flags(1 << 7);
    /// Class scope only: bound in the class body *and* free in a method, so the class needs
    /// both its own entry and the enclosing function's cell.
    pub const FREE_CLASS: Flags = Flags(1 << 8);

    const NAMES: [(Flags, &'static str); 9] = [
        (Flags::ASSIGNED, "assigned"),
        (Flags::USED, "used"),
        (Flags::PARAMETER, "parameter"),
        (Flags::ANNOTATED, "annotated"),
        (Flags::IMPORTED, "imported"),
        (Flags::GLOBAL, "global"),
        (Flags::NONLOCAL, "nonlocal"),
        (Flags::COMP_ITER, "iteration variable"),
        (Flags::FREE_CLASS, "free in class"),
    ];

    /// Any flag that binds the name in this scope.
    pub const BOUND: Flags = Flags(Flags::ASSIGNED.0 | Flags::PARAMETER.0 | Flags::IMPORTED.0);

    pub fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    pub fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Flags::NAMES
            .iter()
            .filter(|(flag, _)| self.contains(*flag))
            .map(|(_, name)| *name)
            .collect();
        write!(f, "{}", names.join(", "))
    }
}

/// One name of one scope. Names are stored mangled (`__x` in class `A` is `_A__x`).
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub name: String,
    pub place: Place,
    pub flags: Flags,
    /// The first `global`/`nonlocal` statement (or walrus) naming it: where errors point.
    pub directive: Option<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The `def`/`class` name, `<lambda>`, `<listcomp>`, ... or `<module>`.
    pub name: String,
    /// The span of the node that opened the scope (the whole `def`, lambda, comprehension).
    pub span: Span,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Declared `async def`.
    pub is_async: bool,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// `async def`, or a comprehension made asynchronous by `async for` / `await` inside it.
    pub is_coroutine: bool,
    /// Parameter names in frame order: positional-only and positional, keyword-only, then
    /// `*args` and `**kwargs` (as CPython lays out `co_varnames`). Comprehensions take `.0`.
    pub params: Vec<String>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Class scope only: a method uses `super()` or `__class__`, so the class body must
    /// create the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Symbols in the order the builder met them.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, span: Span, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            span,
            parent,
            children: Vec::new(),
            is_async: false,
            is_generator: kind == ScopeKind::GeneratorExp,
            is_coroutine: false,
            params: Vec::new(),
            has_varargs: false,
            has_varkeywords: false,
            needs_class_cell: false,
            symbols: Vec::new(),
            index: HashMap::new(),
        }
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn flags(&self, name: &str) -> Flags {
        self.symbol(name).map_or(Flags::default(), |s| s.flags)
    }

    /// Adds `flags` to `name`, creating the symbol if needed; returns the symbol.
    fn add(&mut self, name: &str, flags: Flags) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    place: Place::GlobalImplicit,
                    flags: Flags::default(),
                    directive: None,
                });
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        let symbol = &mut self.symbols[i];
        symbol.flags.insert(flags);
        symbol
    }

    /// Names of the given place, in symbol order (the code generator's cell and free lists).
    pub fn names_in(&self, place: Place) -> impl Iterator<Item = &str> {
        self.symbols
            .iter()
            .filter(move |s| s.place == place)
            .map(|s| s.name.as_str())
    }
}

/// All scopes of one module.
#[derive(Clone, PartialEq)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_span: HashMap<Span, ScopeId>,
}

impl SymbolTable {
    /// Builds and resolves the table, or returns the first error CPython's `symtable.c` reports.
    pub(super) fn analyze(module: &Module) -> Result<SymbolTable, SyntaxError> {
        let mut table = build(module)?;
        resolve::resolve(&mut table)?;
        Ok(table)
    }

    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0]
    }

    /// The scope opened by the `def`, `class`, lambda or comprehension node with this span.
    pub fn scope_of(&self, span: Span) -> Option<ScopeId> {
        self.by_span.get(&span).copied()
    }

    fn push(&mut self, scope: Scope) -> ScopeId {
        let id = ScopeId(self.scopes.len());
        if let Some(parent) = scope.parent {
            self.scopes[parent.0].children.push(id);
        }
        self.by_span.insert(scope.span, id);
        self.scopes.push(scope);
        id
    }

    fn dump_scope(&self, id: ScopeId, depth: usize, out: &mut String) {
        let scope = self.scope(id);
        let pad = "  ".repeat(depth);
        let mut traits = Vec::new();
        for (on, word) in [
            (scope.is_async, "async"),
            (scope.is_coroutine, "coroutine"),
            (scope.is_generator, "generator"),
            (scope.needs_class_cell, "needs __class__ cell"),
        ] {
            if on {
                traits.push(word);
            }
        }
        let traits = if traits.is_empty() {
            String::new()
        } else {
            format!(" ({})", traits.join(", "))
        };
        out.push_str(&format!(
            "{pad}{} {} @{}..{}{traits}\n",
            scope.kind.word(),
            scope.name,
            scope.span.start,
            scope.span.end
        ));
        if !scope.params.is_empty() {
            out.push_str(&format!("{pad}  params: {}\n", scope.params.join(", ")));
        }
        for symbol in &scope.symbols {
            out.push_str(&format!(
                "{pad}  {}: {:?} [{:?}]\n",
                symbol.name, symbol.place, symbol.flags
            ));
        }
        for &child in &scope.children {
            self.dump_scope(child, depth + 1, out);
        }
    }
}

/// An indented listing: each scope, its parameters, and each name's place and flags.
impl fmt::Debug for SymbolTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.dump_scope(ScopeId::MODULE, 0, &mut out);
        f.write_str(&out)
    }
}

/// Private-name mangling: inside class `_A`, `__x` becomes `_A__x` (dunder names, dotted
/// import names and classes named only by underscores are left alone).
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
