//! The first half of scope analysis: walks the AST in the order CPython's `symtable.c` does,
//! opening a `Scope` for every module, function, lambda, class body and comprehension, and
//! recording per scope what happens to each name (`Flags`). It reports the errors CPython
//! finds while building: duplicate parameters, late `global`/`nonlocal`, `import *` in a
//! function, `yield` in a comprehension and the walrus-in-comprehension rules.
//!
//! Invariant: `stack` holds the open scopes, innermost last; the module is at the bottom.

use crate::ast::*;
use crate::diagnostics::SyntaxError;

use super::{mangle, Flags, Scope, ScopeId, ScopeKind, SymbolTable};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

/// One open scope and the comprehension state CPython keeps per scope.
struct Frame {
    id: ScopeId,
    /// Inside a comprehension's iterable (inherited by scopes opened inside it): walrus banned.
    comp_iter_expr: usize,
    /// Visiting a comprehension's `for` target: names bound are iteration variables.
    comp_iter_target: bool,
}

struct Builder {
    table: SymbolTable,
    stack: Vec<Frame>,
    /// The innermost enclosing class name, for private-name mangling.
    private: Option<String>,
}

type Result<T = ()> = std::result::Result<T, SyntaxError>;

pub(in crate::compiler) fn build(module: &Module) -> Result<SymbolTable> {
    let mut table = SymbolTable {
        scopes: Vec::new(),
        by_span: Default::default(),
    };
    let id = table.push(Scope::new(
        ScopeKind::Module,
        "<module>".into(),
        module.span,
        None,
    ));
    let mut builder = Builder {
        table,
        stack: vec![Frame {
            id,
            comp_iter_expr: 0,
            comp_iter_target: false,
        }],
        private: None,
    };
    builder.stmts(&module.body)?;
    Ok(builder.table)
}

impl Builder {
    fn frame(&self) -> &Frame {
        self.stack.last().expect("the module frame is never popped")
    }

    fn cur(&self) -> &Scope {
        &self.table.scopes[self.frame().id.0]
    }

    fn cur_mut(&mut self) -> &mut Scope {
        let id = self.frame().id;
        &mut self.table.scopes[id.0]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, span: Span) -> ScopeId {
        let parent = self.frame();
        let comp_iter_expr = parent.comp_iter_expr;
        let scope = Scope::new(kind, name.to_string(), span, Some(parent.id));
        let id = self.table.push(scope);
        self.stack.push(Frame {
            id,
            comp_iter_expr,
            comp_iter_target: false,
        });
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// Records `flags` for `name` in the current scope (CPython's `symtable_add_def`).
    fn def(&mut self, name: &str, flags: Flags, span: Span) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        let iter_target = self.frame().comp_iter_target;
        let scope = self.cur_mut();
        if flags.contains(Flags::PARAMETER) {
            if scope.flags(&mangled).contains(Flags::PARAMETER) {
                return Err(SyntaxError::new(
                    "weft::syntax::duplicate_argument",
                    format!("duplicate argument '{name}' in function definition"),
                    span,
                )
                .label("this parameter name is already used")
                .help("give each parameter its own name"));
            }
            scope.params.push(mangled.clone());
        }
        let symbol = scope.add(&mangled, flags);
        if iter_target {
            if symbol.flags.intersects(Flags::GLOBAL | Flags::NONLOCAL) {
                return Err(SyntaxError::new(
                    "weft::syntax::comprehension_rebinds_walrus_target",
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                )
                .label("this loop variable was bound by `:=` earlier in the comprehension")
                .help("use a different name for the loop variable or for the `:=` target"));
            }
            symbol.flags.insert(Flags::COMP_ITER);
        }
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        let mangled = mangle(self.private.as_deref(), name);
        let function_like = self.cur().kind.is_function_like();
        let scope = self.cur_mut();
        scope.add(&mangled, Flags::USED);
        // `super()` without arguments reads the implicit `__class__` cell.
        if name == "super" && function_like {
            scope.add("__class__", Flags::USED);
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span),
            StmtKind::ClassDef(class) => self.class_def(class, stmt.span),
            StmtKind::Return(value) => self.opt_expr(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.expr(t, Ctx::Del)),
            StmtKind::Assign { targets, value } => {
                for target in targets {
                    self.expr(target, Ctx::Store)?;
                }
                self.expr(value, Ctx::Load)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, Ctx::Store)?;
                self.expr(value, Ctx::Load)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.ann_assign(target, value.is_some(), *simple, stmt.span)?;
                self.expr(annotation, Ctx::Load)?;
                self.opt_expr(value.as_ref())
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target, Ctx::Store)?;
                self.expr(iter, Ctx::Load)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test, Ctx::Load)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, Ctx::Load)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(case.guard.as_ref())?;
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_ref())?;
                self.opt_expr(cause.as_ref())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for handler in handlers {
                    self.opt_expr(handler.typ.as_ref())?;
                    if let Some(name) = &handler.name {
                        self.def(&name.name, Flags::ASSIGNED, handler.span)?;
                    }
                    self.stmts(&handler.body)?;
                }
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, Ctx::Load)?;
                self.opt_expr(msg.as_ref())
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|alias| self.alias(alias))
            }
            StmtKind::Global(names) => self.declare(names, Flags::GLOBAL, stmt.span),
            StmtKind::Nonlocal(names) => self.declare(names, Flags::NONLOCAL, stmt.span),
            StmtKind::Expr(value) => self.expr(value, Ctx::Load),
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr, Ctx::Load)?;
                    if let Some(vars) = &item.optional_vars {
                        self.expr(vars, Ctx::Store)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn function_def(&mut self, def: &FunctionDef, span: Span) -> Result {
        self.def(&def.name.name, Flags::ASSIGNED, span)?;
        self.defaults(&def.args)?;
        self.annotations(&def.args)?;
        self.opt_expr(def.returns.as_ref())?;
        for decorator in &def.decorators {
            self.expr(decorator, Ctx::Load)?;
        }
        self.enter(ScopeKind::Function, &def.name.name, span);
        if def.is_async {
            let scope = self.cur_mut();
            scope.is_async = true;
            scope.is_coroutine = true;
        }
        self.params(&def.args)?;
        self.stmts(&def.body)?;
        self.exit();
        Ok(())
    }

    fn class_def(&mut self, class: &ClassDef, span: Span) -> Result {
        self.def(&class.name.name, Flags::ASSIGNED, span)?;
        for base in &class.bases {
            self.expr(base, Ctx::Load)?;
        }
        for keyword in &class.keywords {
            self.expr(&keyword.value, Ctx::Load)?;
        }
        for decorator in &class.decorators {
            self.expr(decorator, Ctx::Load)?;
        }
        self.enter(ScopeKind::Class, &class.name.name, span);
        let outer = self.private.replace(class.name.name.clone());
        let result = self.stmts(&class.body);
        self.private = outer;
        self.exit();
        result
    }

    fn defaults(&mut self, args: &Arguments) -> Result {
        for default in &args.defaults {
            self.expr(default, Ctx::Load)?;
        }
        for default in args.kw_defaults.iter().flatten() {
            self.expr(default, Ctx::Load)?;
        }
        Ok(())
    }

    fn annotations(&mut self, args: &Arguments) -> Result {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for arg in all {
            self.opt_expr(arg.annotation.as_ref())?;
        }
        Ok(())
    }

    /// Parameters in CPython's order, which decides which duplicate is reported.
    fn params(&mut self, args: &Arguments) -> Result {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.def(&arg.name.name, Flags::PARAMETER, param_span(arg))?;
        }
        if let Some(arg) = &args.vararg {
            self.def(&arg.name.name, Flags::PARAMETER, param_span(arg))?;
            self.cur_mut().has_varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.def(&arg.name.name, Flags::PARAMETER, param_span(arg))?;
            self.cur_mut().has_varkeywords = true;
        }
        Ok(())
    }

    fn ann_assign(&mut self, target: &Expr, has_value: bool, simple: bool, span: Span) -> Result {
        let ExprKind::Name(name) = &target.kind else {
            return self.expr(target, Ctx::Store);
        };
        let cur = self.cur().flags(&mangle(self.private.as_deref(), name));
        let at_module = self.frame().id == ScopeId::MODULE;
        if simple && !at_module && cur.intersects(Flags::GLOBAL | Flags::NONLOCAL) {
            let word = if cur.contains(Flags::GLOBAL) {
                "global"
            } else {
                "nonlocal"
            };
            return Err(SyntaxError::new(
                "weft::syntax::annotated_declared_name",
                format!("annotated name '{name}' can't be {word}"),
                span,
            )
            .label(format!(
                "`{name}` was declared {word} earlier in this function"
            ))
            .help(format!(
                "annotate `{name}` where it is defined, or drop the annotation here"
            )));
        }
        if simple {
            self.def(name, Flags::ANNOTATED | Flags::ASSIGNED, target.span)
        } else if has_value {
            self.def(name, Flags::ASSIGNED, target.span)
        } else {
            Ok(())
        }
    }

    fn alias(&mut self, alias: &Alias) -> Result {
        if alias.name.name == "*" {
            if self.cur().kind != ScopeKind::Module {
                return Err(SyntaxError::new(
                    "weft::syntax::import_star_not_module_level",
                    "import * only allowed at module level",
                    alias.span,
                )
                .label("`import *` inside a function or class")
                .help("import the names you need by name, or move this import to the top of the module"));
            }
            return Ok(());
        }
        let stored = match &alias.asname {
            Some(asname) => asname.name.as_str(),
            None => alias.name.name.split('.').next().unwrap_or_default(),
        };
        self.def(stored, Flags::IMPORTED, alias.span)
    }

    /// `global` / `nonlocal`: refused when the name was already used or bound in this scope.
    fn declare(&mut self, names: &[Identifier], flag: Flags, span: Span) -> Result {
        let word = if flag == Flags::GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for ident in names {
            let name = &ident.name;
            let cur = self.cur().flags(&mangle(self.private.as_deref(), name));
            let problem = if cur.contains(Flags::PARAMETER) {
                Some((
                    "weft::syntax::parameter_and_declared",
                    format!("name '{name}' is parameter and {word}"),
                    format!("a parameter is always local to its function; rename the parameter or the {word} name"),
                ))
            } else if cur.contains(Flags::USED) {
                Some((
                    "weft::syntax::used_before_declaration",
                    format!("name '{name}' is used prior to {word} declaration"),
                    format!("move `{word} {name}` to the top of the function, before any use of `{name}`"),
                ))
            } else if cur.contains(Flags::ANNOTATED) {
                Some((
                    "weft::syntax::annotated_declared_name",
                    format!("annotated name '{name}' can't be {word}"),
                    format!("annotate `{name}` where it is defined, or drop the annotation here"),
                ))
            } else if cur.contains(Flags::ASSIGNED) {
                Some((
                    "weft::syntax::assigned_before_declaration",
                    format!("name '{name}' is assigned to before {word} declaration"),
                    format!("move `{word} {name}` to the top of the function, before any assignment to `{name}`"),
                ))
            } else {
                None
            };
            if let Some((code, message, help)) = problem {
                return Err(SyntaxError::new(code, message, span)
                    .label(format!("`{name}` declared {word} too late"))
                    .help(help));
            }
            self.def(name, flag, ident.span)?;
            self.directive(name, span);
        }
        Ok(())
    }

    fn directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        let symbol = self.cur_mut().add(&mangled, Flags::default());
        symbol.directive.get_or_insert(span);
    }

    fn opt_expr(&mut self, expr: Option<&Expr>) -> Result {
        expr.map_or(Ok(()), |e| self.expr(e, Ctx::Load))
    }

    fn exprs(&mut self, exprs: &[Expr], ctx: Ctx) -> Result {
        exprs.iter().try_for_each(|e| self.expr(e, ctx))
    }

    fn expr(&mut self, expr: &Expr, ctx: Ctx) -> Result {
        match &expr.kind {
            ExprKind::Name(name) => match ctx {
                Ctx::Load => {
                    self.use_name(name);
                    Ok(())
                }
                Ctx::Store | Ctx::Del => self.def(name, Flags::ASSIGNED, expr.span),
            },
            ExprKind::BoolOp { values, .. } => self.exprs(values, Ctx::Load),
            ExprKind::NamedExpr { target, value } => self.named_expr(expr, target, value),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, Ctx::Load)?;
                self.expr(right, Ctx::Load)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, Ctx::Load),
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(ScopeKind::Lambda, "<lambda>", expr.span);
                self.params(args)?;
                self.expr(body, Ctx::Load)?;
                self.exit();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, Ctx::Load)?;
                self.expr(body, Ctx::Load)?;
                self.expr(orelse, Ctx::Load)
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    self.opt_expr(key.as_ref())?;
                    self.expr(value, Ctx::Load)?;
                }
                Ok(())
            }
            ExprKind::Set(elts) => self.exprs(elts, Ctx::Load),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, ScopeKind::ListComp, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(expr, ScopeKind::SetComp, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, ScopeKind::GeneratorExp, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(expr, ScopeKind::DictComp, generators, key, Some(value)),
            ExprKind::Await(value) => {
                self.expr(value, Ctx::Load)?;
                self.cur_mut().is_coroutine = true;
                Ok(())
            }
            ExprKind::Yield(value) => {
                if let Some(value) = value {
                    self.expr(value, Ctx::Load)?;
                }
                self.yield_here(expr.span)
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value, Ctx::Load)?;
                self.yield_here(expr.span)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, Ctx::Load)?;
                self.exprs(comparators, Ctx::Load)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, Ctx::Load)?;
                self.exprs(args, Ctx::Load)?;
                keywords
                    .iter()
                    .try_for_each(|k| self.expr(&k.value, Ctx::Load))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value, Ctx::Load)?;
                self.opt_expr(format_spec.as_deref())
            }
            ExprKind::JoinedStr(values) => self.exprs(values, Ctx::Load),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.expr(value, Ctx::Load),
            ExprKind::Subscript { value, slice } => {
                self.expr(value, Ctx::Load)?;
                self.expr(slice, Ctx::Load)
            }
            ExprKind::Starred(value) => self.expr(value, ctx),
            ExprKind::List(elts) | ExprKind::Tuple(elts) => self.exprs(elts, ctx),
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref())?;
                self.opt_expr(upper.as_deref())?;
                self.opt_expr(step.as_deref())
            }
        }
    }

    fn yield_here(&mut self, span: Span) -> Result {
        let scope = self.cur_mut();
        scope.is_generator = true;
        let what = match scope.kind {
            ScopeKind::ListComp => "list comprehension",
            ScopeKind::SetComp => "set comprehension",
            ScopeKind::DictComp => "dict comprehension",
            ScopeKind::GeneratorExp => "generator expression",
            _ => return Ok(()),
        };
        Err(SyntaxError::new(
            "weft::syntax::yield_in_comprehension",
            format!("'yield' inside {what}"),
            span,
        )
        .label(format!("a {what} runs in its own hidden function"))
        .help(
            "build the values with a `for` loop and `yield` each one from the enclosing function",
        ))
    }

    fn comprehension(
        &mut self,
        expr: &Expr,
        kind: ScopeKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.stack.last_mut().expect("module frame").comp_iter_expr += 1;
        self.expr(&outermost.iter, Ctx::Load)?;
        self.stack.last_mut().expect("module frame").comp_iter_expr -= 1;

        let name = match kind {
            ScopeKind::ListComp => "<listcomp>",
            ScopeKind::SetComp => "<setcomp>",
            ScopeKind::DictComp => "<dictcomp>",
            _ => "<genexpr>",
        };
        let id = self.enter(kind, name, expr.span);
        if outermost.is_async {
            self.cur_mut().is_coroutine = true;
        }
        self.def(".0", Flags::PARAMETER, outermost.iter.span)?;
        self.comp_target(&outermost.target)?;
        self.exprs(&outermost.ifs, Ctx::Load)?;
        for generator in rest {
            self.comp_target(&generator.target)?;
            self.stack
                .last_mut()
                .expect("comprehension frame")
                .comp_iter_expr += 1;
            self.expr(&generator.iter, Ctx::Load)?;
            self.stack
                .last_mut()
                .expect("comprehension frame")
                .comp_iter_expr -= 1;
            self.exprs(&generator.ifs, Ctx::Load)?;
            if generator.is_async {
                self.cur_mut().is_coroutine = true;
            }
        }
        if let Some(value) = value {
            self.expr(value, Ctx::Load)?;
        }
        self.expr(elt, Ctx::Load)?;
        self.exit();
        // An asynchronous list/set/dict comprehension is awaited where it stands, which makes
        // an enclosing comprehension asynchronous too (a generator expression is not awaited).
        let inner_async = self.table.scopes[id.0].is_coroutine;
        if inner_async && kind != ScopeKind::GeneratorExp && self.cur().kind.is_comprehension() {
            self.cur_mut().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, target: &Expr) -> Result {
        self.stack
            .last_mut()
            .expect("comprehension frame")
            .comp_iter_target = true;
        let result = self.expr(target, Ctx::Store);
        self.stack
            .last_mut()
            .expect("comprehension frame")
            .comp_iter_target = false;
        result
    }

    fn named_expr(&mut self, expr: &Expr, target: &Expr, value: &Expr) -> Result {
        if self.frame().comp_iter_expr > 0 {
            return Err(SyntaxError::new(
                "weft::syntax::walrus_in_comprehension_iterable",
                "assignment expression cannot be used in a comprehension iterable expression",
                expr.span,
            )
            .label("`:=` inside the iterable of a comprehension")
            .help("compute the value in a separate statement before the comprehension"));
        }
        if self.cur().kind.is_comprehension() {
            if let ExprKind::Name(name) = &target.kind {
                self.extend_walrus_scope(name, target.span)?;
            }
        }
        self.expr(value, Ctx::Load)?;
        self.expr(target, Ctx::Store)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function (or the module).
    fn extend_walrus_scope(&mut self, name: &str, span: Span) -> Result {
        let mangled = mangle(self.private.as_deref(), name);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i].id;
            let scope = &self.table.scopes[id.0];
            match scope.kind {
                ScopeKind::ListComp
                | ScopeKind::SetComp
                | ScopeKind::DictComp
                | ScopeKind::GeneratorExp => {
                    if scope.flags(&mangled).contains(Flags::COMP_ITER) {
                        return Err(SyntaxError::new(
                            "weft::syntax::walrus_rebinds_iteration_variable",
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            span,
                        )
                        .label(format!("`{name}` is a loop variable of the comprehension"))
                        .help("use a different name for the `:=` target"));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let flag = if scope.flags(&mangled).contains(Flags::GLOBAL) {
                        Flags::GLOBAL
                    } else {
                        Flags::NONLOCAL
                    };
                    self.def(name, flag, span)?;
                    self.directive(name, span);
                    self.table.scopes[id.0].add(&mangled, Flags::ASSIGNED);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.def(name, Flags::GLOBAL, span)?;
                    self.directive(name, span);
                    self.table.scopes[id.0].add(&mangled, Flags::GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "weft::syntax::walrus_in_class_comprehension",
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    )
                    .label("this `:=` would bind a name in the class body")
                    .help("assign the value in a separate statement in the class body"));
                }
            }
        }
        Ok(())
    }

    fn pattern(&mut self, pattern: &Pattern) -> Result {
        match &pattern.kind {
            PatternKind::MatchValue(value) => self.expr(value, Ctx::Load),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) | PatternKind::MatchOr(patterns) => {
                patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys, Ctx::Load)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                match rest {
                    Some(rest) => self.def(&rest.name, Flags::ASSIGNED, rest.span),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls, Ctx::Load)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar(name) => match name {
                Some(name) => self.def(&name.name, Flags::ASSIGNED, name.span),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.pattern(pattern)?;
                }
                match name {
                    Some(name) => self.def(&name.name, Flags::ASSIGNED, name.span),
                    None => Ok(()),
                }
            }
        }
    }
}

/// A parameter without its `*` or `**`: the name and any annotation, where CPython points.
fn param_span(arg: &Arg) -> Span {
    Span::new(arg.name.span.start, arg.span.end.max(arg.name.span.end))
}
