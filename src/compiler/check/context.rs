//! Placement rules that CPython's code generator enforces: `await`, `async for`, `async with`
//! and asynchronous comprehensions only in `async def`; `return` and `yield` only in functions;
//! `break` and `continue` only in loops; starred expressions only where something unpacks
//! them; no assignment to `__debug__`; no repeated keyword argument; `case` patterns (through
//! `patterns`). Takes the module and its symbol table; gives the first error in CPython's
//! compile order.
//!
//! Invariant: `units` mirrors CPython's stack of code units (module, class body, function,
//! lambda, comprehension); the innermost one decides what is allowed, and loops are counted
//! per unit, so a loop outside a `def` does not make `break` inside it valid.

use crate::ast::*;
use crate::compiler::scope::{ScopeId, SymbolTable};
use crate::compiler::Mode;
use crate::diagnostics::SyntaxError;

use super::patterns;

type Result = std::result::Result<(), SyntaxError>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
    Comprehension,
}

struct Unit<'a> {
    kind: UnitKind,
    scope: Option<ScopeId>,
    /// The `def` name of a function unit (for "this function is not `async`").
    def_name: Option<&'a Identifier>,
    /// Enclosing loops and `except*` handlers in this unit, innermost last.
    blocks: Vec<Block>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Loop,
    /// `break`, `continue` and `return` may not leave an `except*` handler.
    ExceptStar,
}

struct Checker<'a> {
    table: &'a SymbolTable,
    mode: Mode,
    units: Vec<Unit<'a>>,
}

pub(in crate::compiler) fn check(module: &Module, table: &SymbolTable, mode: Mode) -> Result {
    let mut checker = Checker {
        table,
        mode,
        units: vec![Unit {
            kind: UnitKind::Module,
            scope: Some(ScopeId::MODULE),
            def_name: None,
            blocks: Vec::new(),
        }],
    };
    checker.stmts(&module.body)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Store,
    Del,
}

impl<'a> Checker<'a> {
    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("the module unit is never popped")
    }

    fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("the module unit is never popped")
    }

    fn enter(&mut self, kind: UnitKind, span: Span, def_name: Option<&'a Identifier>) {
        self.units.push(Unit {
            kind,
            scope: self.table.scope_of(span),
            def_name,
            blocks: Vec::new(),
        });
    }

    fn exit(&mut self) {
        self.units.pop();
    }

    /// At the interactive prompt, the module itself may `await` (like `python -m asyncio`).
    fn top_level_await(&self) -> bool {
        self.mode == Mode::Interactive && self.unit().kind == UnitKind::Module
    }

    fn in_function(&self) -> bool {
        !matches!(self.unit().kind, UnitKind::Module | UnitKind::Class)
    }

    fn in_async_function(&self) -> bool {
        matches!(self.unit().kind, UnitKind::Function { is_async: true })
    }

    /// The innermost `def` around the current point, looking through comprehensions.
    fn enclosing_def(&self) -> Option<&'a Identifier> {
        for unit in self.units.iter().rev() {
            match unit.kind {
                UnitKind::Comprehension => continue,
                UnitKind::Function { .. } => return unit.def_name,
                _ => return None,
            }
        }
        None
    }

    /// Explains why an `async` construct is refused here, pointing at the `def` to change.
    fn not_async(&self, error: SyntaxError, what: &str) -> SyntaxError {
        if let Some(name) = self.enclosing_def() {
            let error = error
                .related(name.span, "this function is not `async`")
                .help(format!(
                    "make `{}` an `async def`; its callers then `await` it in turn",
                    name.name
                ));
            return error;
        }
        match self.units.iter().rev().find(|u| u.kind != UnitKind::Comprehension) {
            Some(unit) if unit.kind == UnitKind::Lambda => error.help(format!(
                "a lambda cannot be `async`; move {what} into an `async def` function"
            )),
            Some(unit) if unit.kind == UnitKind::Class => error.help(format!(
                "a class body runs once, synchronously, when the class is created; move {what} into an `async def` method"
            )),
            _ => error.help(format!(
                "{what} only works inside an `async def`; put this code in `async def main():` and run it with `asyncio.run(main())`"
            )),
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Result {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span),
            StmtKind::ClassDef(class) => {
                self.exprs(&class.decorators)?;
                self.enter(UnitKind::Class, stmt.span, None);
                self.stmts(&class.body)?;
                self.exit();
                self.call_args(&class.bases, &class.keywords, stmt.span)?;
                self.forbidden(&class.name.name, Ctx::Store, stmt.span)
            }
            StmtKind::Return(value) => {
                if !self.in_function() {
                    return Err(SyntaxError::new(
                        "weft::syntax::return_outside_function",
                        "'return' outside function",
                        stmt.span,
                    )
                    .label("not inside a function")
                    .help("`return` ends a function call; at module level or in a class body there is no call to end"));
                }
                let scope = self.unit().scope.map(|id| self.table.scope(id));
                if value.is_some() && scope.is_some_and(|s| s.is_coroutine && s.is_generator) {
                    let mut error = SyntaxError::new(
                        "weft::syntax::return_value_in_async_generator",
                        "'return' with value in async generator",
                        stmt.span,
                    )
                    .label("an async generator cannot return a value")
                    .help("an `async def` containing `yield` is an async generator: it can only end with a bare `return`; `yield` the value instead");
                    if let Some(name) = self.unit().def_name {
                        error = error.related(name.span, "this is an async generator");
                    }
                    return Err(error);
                }
                self.opt(value.as_ref())?;
                if self.unit().blocks.contains(&Block::ExceptStar) {
                    let span = value.as_ref().map_or(stmt.span, |v| v.span);
                    return Err(leaves_except_star(span, "return"));
                }
                Ok(())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.target(t, Ctx::Del)),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t, Ctx::Store))
            }
            StmtKind::AugAssign { target, value, .. } => {
                match &target.kind {
                    ExprKind::Attribute { value, .. } => self.expr(value)?,
                    ExprKind::Subscript { value, slice } => {
                        self.expr(value)?;
                        self.expr(slice)?;
                    }
                    _ => {}
                }
                self.expr(value)?;
                if let ExprKind::Name(name) = &target.kind {
                    self.forbidden(name, Ctx::Store, target.span)?;
                }
                Ok(())
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(value) = value {
                    self.expr(value)?;
                    self.target(target, Ctx::Store)?;
                }
                if let ExprKind::Name(name) = &target.kind {
                    self.forbidden(name, Ctx::Store, stmt.span)?;
                }
                // Annotations are evaluated only in modules and class bodies.
                if matches!(self.unit().kind, UnitKind::Module | UnitKind::Class) {
                    self.expr(annotation)?;
                }
                Ok(())
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async && !self.top_level_await() && !self.in_async_function() {
                    let error = SyntaxError::new(
                        "weft::syntax::async_for_outside_async",
                        "'async for' outside async function",
                        stmt.span,
                    )
                    .label("`async for` needs an `async def` around it");
                    return Err(self.not_async(error, "`async for`"));
                }
                self.expr(iter)?;
                self.target(target, Ctx::Store)?;
                self.block(Block::Loop, body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.block(Block::Loop, body)?;
                self.stmts(orelse)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.top_level_await() && !self.in_async_function() {
                    let error = SyntaxError::new(
                        "weft::syntax::async_with_outside_async",
                        "'async with' outside async function",
                        stmt.span,
                    )
                    .label("`async with` needs an `async def` around it");
                    return Err(self.not_async(error, "`async with`"));
                }
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.target(vars, Ctx::Store)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for handler in handlers {
                    self.opt(handler.typ.as_ref())?;
                    if let Some(name) = &handler.name {
                        self.forbidden(&name.name, Ctx::Store, handler.span)?;
                    }
                    if *is_star {
                        self.block(Block::ExceptStar, &handler.body)?;
                    } else {
                        self.stmts(&handler.body)?;
                    }
                }
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_ref())?;
                self.opt(cause.as_ref())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg.as_ref())
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let stored = match &alias.asname {
                        Some(asname) => asname.name.as_str(),
                        None => alias.name.name.split('.').next().unwrap_or_default(),
                    };
                    self.forbidden(stored, Ctx::Store, stmt.span)?;
                }
                Ok(())
            }
            StmtKind::Expr(value) => self.expr(value),
            StmtKind::Break | StmtKind::Continue => {
                match self.unit().blocks.last() {
                    Some(Block::Loop) => return Ok(()),
                    Some(Block::ExceptStar) => {
                        let word = if matches!(stmt.kind, StmtKind::Break) {
                            "break"
                        } else {
                            "continue"
                        };
                        return Err(leaves_except_star(stmt.span, word));
                    }
                    None => {}
                }
                let (code, message, word) = if matches!(stmt.kind, StmtKind::Break) {
                    (
                        "weft::syntax::break_outside_loop",
                        "'break' outside loop",
                        "break",
                    )
                } else {
                    (
                        "weft::syntax::continue_outside_loop",
                        "'continue' not properly in loop",
                        "continue",
                    )
                };
                Err(SyntaxError::new(code, message, stmt.span)
                    .label("not inside a `for` or `while` loop")
                    .help(format!(
                        "`{word}` works only in the body of a `for` or `while` loop; a loop around the enclosing `def` or `class` does not count"
                    )))
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for (i, case) in cases.iter().enumerate() {
                    patterns::check_case(case, cases.get(i + 1))?;
                    self.opt(case.guard.as_ref())?;
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
        }
    }

    fn block(&mut self, block: Block, body: &'a [Stmt]) -> Result {
        // On error the whole walk stops, so the stack needs no restoring then.
        self.unit_mut().blocks.push(block);
        self.stmts(body)?;
        self.unit_mut().blocks.pop();
        Ok(())
    }

    fn function_def(&mut self, def: &'a FunctionDef, span: Span) -> Result {
        self.debug_params(&def.args, span)?;
        self.exprs(&def.decorators)?;
        self.defaults(&def.args)?;
        let annotations = all_params(&def.args).filter_map(|a| a.annotation.as_ref());
        for annotation in annotations.chain(&def.returns) {
            self.expr(annotation)?;
        }
        let kind = UnitKind::Function {
            is_async: def.is_async,
        };
        self.enter(kind, span, Some(&def.name));
        self.stmts(&def.body)?;
        self.exit();
        self.forbidden(&def.name.name, Ctx::Store, span)
    }

    fn debug_params(&mut self, args: &Arguments, span: Span) -> Result {
        all_params(args).try_for_each(|arg| self.forbidden(&arg.name.name, Ctx::Store, span))
    }

    fn defaults(&mut self, args: &'a Arguments) -> Result {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.expr(d))
    }

    /// `__debug__` is a constant: it cannot be bound or deleted anywhere.
    fn forbidden(&self, name: &str, ctx: Ctx, span: Span) -> Result {
        if name != "__debug__" {
            return Ok(());
        }
        let verb = if ctx == Ctx::Del {
            "delete"
        } else {
            "assign to"
        };
        Err(SyntaxError::new(
            "weft::syntax::assign_to_debug",
            format!("cannot {verb} __debug__"),
            span,
        )
        .label("`__debug__` is a built-in constant")
        .help("`__debug__` is always True (False under `python -O`); use another name"))
    }

    fn opt(&mut self, value: Option<&'a Expr>) -> Result {
        value.map_or(Ok(()), |v| self.expr(v))
    }

    fn exprs(&mut self, values: &'a [Expr]) -> Result {
        values.iter().try_for_each(|v| self.expr(v))
    }

    /// Elements of a display or positional arguments, where `*x` unpacks.
    fn elements(&mut self, values: &'a [Expr]) -> Result {
        for value in values {
            match &value.kind {
                ExprKind::Starred(inner) => self.expr(inner)?,
                _ => self.expr(value)?,
            }
        }
        Ok(())
    }

    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], span: Span) -> Result {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else { continue };
            self.forbidden(&name.name, Ctx::Store, span)?;
            let repeat = keywords[i + 1..]
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.name == name.name));
            if let Some(repeat) = repeat {
                return Err(SyntaxError::new(
                    "weft::syntax::repeated_keyword",
                    format!("keyword argument repeated: {}", name.name),
                    repeat.span,
                )
                .label(format!("`{}` given again", name.name))
                .related(keyword.span, "first given here")
                .help("pass each keyword argument once"));
            }
        }
        self.elements(args)?;
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    /// An assignment or deletion target.
    fn target(&mut self, target: &'a Expr, ctx: Ctx) -> Result {
        match &target.kind {
            ExprKind::Name(name) => self.forbidden(name, ctx, target.span),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                if ctx == Ctx::Store {
                    self.forbidden(&attr.name, ctx, target.span)?;
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.elements(std::slice::from_ref(slice))
            }
            ExprKind::Starred(_) if ctx == Ctx::Store => Err(SyntaxError::new(
                "weft::syntax::starred_assignment_target",
                "starred assignment target must be in a list or tuple",
                target.span,
            )
            .label("a lone starred target")
            .help("add a comma to unpack into a list: `*rest, = items`, or name the other parts: `first, *rest = items`")),
            ExprKind::List(elts) | ExprKind::Tuple(elts) if ctx == Ctx::Store => {
                self.unpack(elts, target.span)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(inner) => self.target(inner, ctx)?,
                        _ => self.target(elt, ctx)?,
                    }
                }
                Ok(())
            }
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                elts.iter().try_for_each(|e| self.target(e, ctx))
            }
            // Anything else was refused by the target checks; check it as an expression.
            _ => self.expr(target),
        }
    }

    /// At most one starred name per unpacking, with a bounded number of names before it.
    fn unpack(&self, elts: &[Expr], span: Span) -> Result {
        let mut starred = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)));
        let Some((i, _)) = starred.next() else {
            return Ok(());
        };
        if i >= 1 << 8 || elts.len() - i > (i32::MAX >> 8) as usize {
            return Err(SyntaxError::new(
                "weft::syntax::too_many_star_targets",
                "too many expressions in star-unpacking assignment",
                span,
            )
            .label("too many names before the starred one")
            .help("put at most 255 names before the `*name`"));
        }
        if let Some((_, second)) = starred.next() {
            return Err(SyntaxError::new(
                "weft::syntax::multiple_starred",
                "multiple starred expressions in assignment",
                span,
            )
            .label("more than one `*name` in this target")
            .related(second.span, "a second starred target")
            .help("only one `*name` can collect the leftover items; make the others plain names"));
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> Result {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Constant(_) => Ok(()),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.target(target, Ctx::Store)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.debug_params(args, e.span)?;
                self.defaults(args)?;
                self.enter(UnitKind::Lambda, e.span, None);
                self.expr(body)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    self.opt(key.as_ref())?;
                    self.expr(value)?;
                }
                Ok(())
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.elements(elts)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt], true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], false),
            ExprKind::Await(value) => {
                if !self.top_level_await() {
                    if !self.in_function() {
                        let error = SyntaxError::new(
                            "weft::syntax::await_outside_function",
                            "'await' outside function",
                            e.span,
                        )
                        .label("`await` outside any function");
                        return Err(self.not_async(error, "`await`"));
                    }
                    if !self.in_async_function() && self.unit().kind != UnitKind::Comprehension {
                        let error = SyntaxError::new(
                            "weft::syntax::await_outside_async",
                            "'await' outside async function",
                            e.span,
                        )
                        .label("`await` in a function that is not `async`");
                        return Err(self.not_async(error, "the `await`"));
                    }
                }
                self.expr(value)
            }
            ExprKind::Yield(value) => {
                self.yield_allowed(e.span)?;
                self.opt(value.as_deref())
            }
            ExprKind::YieldFrom(value) => {
                self.yield_allowed(e.span)?;
                if self.in_async_function() {
                    let mut error = SyntaxError::new(
                        "weft::syntax::yield_from_in_async",
                        "'yield from' inside async function",
                        e.span,
                    )
                    .label("`yield from` in an `async def`")
                    .help("in an `async def`, use `await` to wait for another coroutine, or `async for x in it: yield x` to pass on an async generator's items");
                    if let Some(name) = self.unit().def_name {
                        error = error.related(name.span, "this function is `async`");
                    }
                    return Err(error);
                }
                self.expr(value)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.call_args(args, keywords, e.span)
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt(format_spec.as_deref())
            }
            ExprKind::JoinedStr(values) => self.exprs(values),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                // `a[*b]` unpacks into the index tuple.
                self.elements(std::slice::from_ref(slice))
            }
            ExprKind::Starred(_) => Err(SyntaxError::new(
                "weft::syntax::starred_not_allowed",
                "can't use starred expression here",
                e.span,
            )
            .label("nothing here unpacks this `*`")
            .help("`*x` unpacks inside a list, tuple, set or call: write `*x,` for a tuple or `f(*x)` to pass the items as arguments")),
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref())?;
                self.opt(upper.as_deref())?;
                self.opt(step.as_deref())
            }
        }
    }

    fn yield_allowed(&self, span: Span) -> Result {
        if self.in_function() {
            return Ok(());
        }
        Err(SyntaxError::new(
            "weft::syntax::yield_outside_function",
            "'yield' outside function",
            span,
        )
        .label("not inside a function")
        .help("`yield` turns a function into a generator; put it inside a `def`"))
    }

    /// The comprehension runs as its own unit; its first iterable is evaluated outside, after.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elts: &[&'a Expr],
        is_generator: bool,
    ) -> Result {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        let outer = self.unit().kind;
        let outer_allows = self.top_level_await()
            || matches!(
                outer,
                UnitKind::Function { is_async: true } | UnitKind::Comprehension
            );
        let scope = self.table.scope_of(e.span).map(|id| self.table.scope(id));
        if scope.is_some_and(|s| s.is_coroutine) && !is_generator && !outer_allows {
            let error = SyntaxError::new(
                "weft::syntax::async_comprehension_outside_async",
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            )
            .label("this comprehension is asynchronous (it uses `async for` or `await`)");
            return Err(self.not_async(error, "an asynchronous comprehension"));
        }
        self.enter(UnitKind::Comprehension, e.span, None);
        self.target(&outermost.target, Ctx::Store)?;
        self.exprs(&outermost.ifs)?;
        for generator in rest {
            self.expr(&generator.iter)?;
            self.target(&generator.target, Ctx::Store)?;
            self.exprs(&generator.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.exit();
        self.expr(&outermost.iter)
    }
}

fn leaves_except_star(span: Span, word: &str) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::control_flow_in_except_star",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        span,
    )
    .label(format!("`{word}` would leave the `except*` handler"))
    .help("an `except*` handler may run once per matching exception group part; set a flag here and act on it after the `try` statement")
}

fn all_params(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg)
}
