//! Statements: assignment, control flow, `try`/`with` with their handlers, `def` and `class`.
//! See the parent module for the block stack that early exits unwind.

use std::rc::Rc;

use super::{unsupported, Compiler, FBlockKind, Label, NameOp, Result, ScopeKind};
use crate::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::{Const, Instr};

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> Result {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result {
        self.with_span(s.span, |c| c.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                // In a class body `name: T` records T in `__annotations__` (dataclasses and
                // typing read it), after the value is stored, as CPython does.
                if let (true, ExprKind::Name(id)) = (
                    *simple && self.scope().kind == ScopeKind::Class,
                    &target.kind,
                ) {
                    self.expr(annotation)?;
                    self.name_op("__annotations__", NameOp::Load);
                    let key = self.mangle(id);
                    self.load_const(Const::Str(key.into()));
                    self.emit(Instr::StoreSubscr);
                }
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Break => self.break_continue(true)?,
            StmtKind::Continue => self.break_continue(false)?,
            StmtKind::Return(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                let saved = self.unwind_all(true)?;
                self.emit(Instr::Return);
                self.unit().fblocks = saved;
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.expr(test)?;
                self.emit(Instr::PopJumpIfTrue(end));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.with_span(alias.span, |c| {
                        c.import(alias);
                        Ok(())
                    })?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_ref(), names, *level),
            StmtKind::If { test, body, orelse } => {
                let else_ = self.new_label();
                self.jump_if(test, false, else_)?;
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.bind(else_);
                } else {
                    let end = self.new_label();
                    self.emit(Instr::Jump(end));
                    self.bind(else_);
                    self.stmts(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let (start, else_, end) = (self.new_label(), self.new_label(), self.new_label());
                self.bind(start);
                self.jump_if(test, false, else_)?;
                self.push_fblock(FBlockKind::While { start, end }, None);
                self.stmts(body)?;
                self.pop_fblock();
                self.emit(Instr::Jump(start));
                self.bind(else_);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse);
                }
                let (start, else_, end) = (self.new_label(), self.new_label(), self.new_label());
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                self.bind(start);
                self.emit(Instr::ForIter(else_));
                self.push_fblock(FBlockKind::For { start, end }, None);
                self.store(target)?;
                self.stmts(body)?;
                self.pop_fblock();
                self.emit(Instr::Jump(start));
                self.bind(else_);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, *is_star)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.with(items, body, *is_async)?;
            }
            StmtKind::FunctionDef(def) => self.function_def(def, s)?,
            StmtKind::ClassDef(def) => self.class_def(def, s)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
        }
        Ok(())
    }

    /// Runs the cleanup of blocks left by `break`/`continue`, then jumps.
    fn break_continue(&mut self, is_break: bool) -> Result {
        let saved = self.u().fblocks.clone();
        let mut target = None;
        while let Some(block) = self.u().fblocks.last().cloned() {
            match block.kind {
                FBlockKind::While { start, end } => {
                    target = Some(if is_break { end } else { start });
                    break;
                }
                FBlockKind::For { start, end } => {
                    if is_break {
                        self.emit(Instr::Pop);
                        target = Some(end);
                    } else {
                        target = Some(start);
                    }
                    break;
                }
                _ => {
                    self.pop_fblock();
                    self.unwind_block(&block.kind, false)?;
                }
            }
        }
        if let Some(t) = target {
            self.emit(Instr::Jump(t));
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    /// Runs the cleanup of every block (for `return`), keeping the return value on top. The
    /// blocks stay closed (so the `Return` is covered by no handler); the caller restores the
    /// returned stack.
    fn unwind_all(&mut self, keep_value: bool) -> Result<Vec<super::FBlock<'a>>> {
        let saved = self.u().fblocks.clone();
        while let Some(block) = self.u().fblocks.last().cloned() {
            self.pop_fblock();
            if let FBlockKind::For { .. } = block.kind {
                if keep_value {
                    self.emit(Instr::Swap);
                }
                self.emit(Instr::Pop);
                continue;
            }
            self.unwind_block(&block.kind, keep_value)?;
        }
        Ok(saved)
    }

    /// The cleanup of one block being left early; the block is already popped.
    fn unwind_block(&mut self, kind: &FBlockKind<'a>, keep_value: bool) -> Result {
        match kind {
            FBlockKind::While { .. } | FBlockKind::TryExcept | FBlockKind::For { .. } => {}
            FBlockKind::TryFinally(finalbody) => {
                if keep_value {
                    self.push_fblock(FBlockKind::PopValue, None);
                }
                self.stmts(finalbody)?;
                if keep_value {
                    self.pop_fblock();
                }
            }
            FBlockKind::HandlerCleanup(name) => {
                if keep_value {
                    self.emit(Instr::Swap);
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
            FBlockKind::FinallyEnd => {
                if keep_value {
                    self.emit(Instr::Swap);
                    self.emit(Instr::Pop);
                    self.emit(Instr::Swap);
                } else {
                    self.emit(Instr::Pop);
                }
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With { is_async } => {
                if keep_value {
                    self.emit(Instr::Swap);
                }
                self.call_exit_none(*is_async);
            }
            FBlockKind::PopValue => {
                if keep_value {
                    self.emit(Instr::Swap);
                }
                self.emit(Instr::Pop);
            }
            FBlockKind::ExceptDispatch => {}
            // The checker keeps `break`/`continue`/`return` out of `except*` bodies; this is
            // the cleanup should one ever leave: drop rest, list and original, restore.
            FBlockKind::StarHandler(name) => {
                for _ in 0..3 {
                    if keep_value {
                        self.emit(Instr::Swap);
                    }
                    self.emit(Instr::Pop);
                }
                if keep_value {
                    self.emit(Instr::Swap);
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// `[exit] -> []`: calls `exit(None, None, None)` and drops the result.
    /// `exit(None, None, None)`, awaited for `async with`, its result dropped.
    fn call_exit_none(&mut self, is_async: bool) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.await_top();
        }
        self.emit(Instr::Pop);
    }

    /// [prev, exc] -> raise exc with `prev` restored as the exception being handled: how every
    /// handler block (except, except*, with) ends when an exception leaves it.
    pub(super) fn restore_and_reraise(&mut self) {
        self.emit(Instr::Swap);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    /// `name = None; del name` (an `except ... as name` ends).
    pub(super) fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.name_op(name, NameOp::Store);
        self.name_op(name, NameOp::Delete);
    }

    /// The part `try/except` and `try/except*` share: the body guarded by a handler label,
    /// then the `else` block and a jump past the handlers. Returns (handler, end).
    pub(super) fn try_body(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(Label, Label)> {
        let (handler, end) = (self.new_label(), self.new_label());
        self.push_fblock(FBlockKind::TryExcept, Some(handler));
        self.stmts(body)?;
        self.pop_fblock();
        self.stmts(orelse)?;
        self.emit(Instr::Jump(end));
        Ok((handler, end))
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        is_star: bool,
    ) -> Result {
        if is_star {
            return self.try_except_star(body, handlers, orelse);
        }
        let (handler, end) = self.try_body(body, orelse)?;

        // [exc] -> [prev, exc]: the exception being handled becomes sys.exc_info().
        self.bind(handler);
        let cleanup = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptDispatch, Some(cleanup));
        for h in handlers {
            let next = self.new_label();
            self.with_span(h.span, |c| {
                if let Some(t) = &h.typ {
                    c.expr(t)?;
                    c.emit(Instr::CheckExcMatch);
                    c.emit(Instr::PopJumpIfFalse(next));
                }
                Ok(())
            })?;
            match &h.name {
                Some(name) => self.name_op(&name.name, NameOp::Store),
                None => self.emit(Instr::Pop),
            }
            // [prev]: the body runs with the saved exception under it.
            self.pop_fblock();
            let name = h.name.as_ref().map(|n| n.name.clone());
            self.push_fblock(FBlockKind::HandlerCleanup(name.clone()), Some(cleanup));
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.clear_name(n);
            }
            self.emit(Instr::Jump(end));
            self.push_fblock(FBlockKind::ExceptDispatch, Some(cleanup));
            self.bind(next);
        }
        self.pop_fblock();
        // No clause matched: [prev, exc] -> restore prev, re-raise exc.
        self.restore_and_reraise();
        // An exception inside a clause: [prev, exc2] -> restore prev, raise exc2.
        self.bind(cleanup);
        self.restore_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> Result {
        let (exc_path, end) = (self.new_label(), self.new_label());
        self.push_fblock(FBlockKind::TryFinally(finalbody), Some(exc_path));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, is_star)?;
        }
        self.pop_fblock();
        // Normal path: the final body inline.
        self.stmts(finalbody)?;
        self.emit(Instr::Jump(end));
        // Exceptional path: [exc] -> [prev, exc], final body, re-raise.
        self.bind(exc_path);
        let cleanup = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, Some(cleanup));
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.restore_and_reraise();
        self.bind(cleanup);
        // [prev, exc, exc2]: drop exc, restore prev, raise exc2.
        self.emit(Instr::Swap);
        self.emit(Instr::Pop);
        self.restore_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `async for`: each step awaits `__anext__()`; StopAsyncIteration raised there ends the
    /// loop (the `else` runs), any other exception propagates.
    fn async_for(
        &mut self,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result {
        let (start, stop, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.emit(Instr::GetAIter);
        self.bind(start);
        // [aiter] -> [aiter, item]; an exception leaves [aiter, exc] at `stop`.
        self.push_fblock(FBlockKind::For { start, end }, Some(stop));
        self.emit(Instr::GetANext);
        self.await_top();
        self.pop_fblock();
        self.push_fblock(FBlockKind::For { start, end }, None);
        self.store(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start));
        self.bind(stop);
        self.emit(Instr::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `with` and `async with` (whose `__aenter__`/`__aexit__` results are awaited).
    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], is_async: bool) -> Result {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let (exc_path, end) = (self.new_label(), self.new_label());
        self.with_span(item.span, |c| c.expr(&item.context_expr))?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.await_top();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.push_fblock(FBlockKind::With { is_async }, Some(exc_path));
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Instr::Pop),
        }
        self.with(rest, body, is_async)?;
        self.pop_fblock();
        self.with_span(item.span, |c| {
            c.call_exit_none(is_async);
            Ok(())
        })?;
        self.emit(Instr::Jump(end));
        // [exit, exc] -> [exit, prev, exc, exit(type, exc, tb)]
        self.bind(exc_path);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::With { is_async }, None);
        self.push_fblock(FBlockKind::ExceptDispatch, Some(cleanup));
        self.with_span(item.span, |c| {
            c.emit(Instr::WithExceptStart);
            if is_async {
                c.await_top();
            }
            Ok(())
        })?;
        self.emit(Instr::PopJumpIfTrue(suppress));
        self.emit(Instr::Reraise);
        self.pop_fblock();
        self.pop_fblock();
        // Suppressed: [exit, prev, exc] -> []
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Jump(end));
        // Raised by __exit__ or re-raised: [exit, prev, exc2] -> restore prev, raise.
        self.bind(cleanup);
        self.restore_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn function_def(&mut self, def: &'a ast::FunctionDef, s: &'a Stmt) -> Result {
        for d in &def.decorators {
            self.expr(d)?;
        }
        let name = &def.name.name;
        self.make_function(name, &def.args, def.returns.as_ref(), s.span, |c| {
            c.unit().docstring = docstring(&def.body);
            c.stmts(&def.body)?;
            c.load_const(Const::None);
            c.emit(Instr::Return);
            Ok(())
        })?;
        for _ in &def.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(name, NameOp::Store);
        Ok(())
    }

    fn class_def(&mut self, def: &'a ast::ClassDef, s: &'a Stmt) -> Result {
        if let Some(k) = def.keywords.first() {
            return Err(unsupported("class keywords (metaclass=...)", k.span));
        }
        for d in &def.decorators {
            self.expr(d)?;
        }
        let name = def.name.name.as_str();
        let scope = self
            .table
            .scope_of(s.span)
            .ok_or_else(|| unsupported("this class statement (no scope found)", s.span))?;
        let qualname = self.child_qualname(name);
        self.enter(scope, name.into(), qualname, s.span, Some(name.to_string()));
        if let Some(doc) = docstring(&def.body) {
            self.load_const(Const::Str(doc));
            self.name_op("__doc__", NameOp::Store);
        }
        if has_annotations(&def.body) {
            self.emit(Instr::BuildMap(0));
            self.name_op("__annotations__", NameOp::Store);
        }
        self.stmts(&def.body)?;
        self.load_const(Const::None);
        self.emit(Instr::Return);
        let code = self.leave();
        let id = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            code: id,
            defaults: false,
            kwdefaults: false,
            annotations: false,
        });
        self.load_const(Const::Str(name.into()));
        for b in &def.bases {
            if let ExprKind::Starred(_) = b.kind {
                return Err(unsupported("starred base classes", b.span));
            }
            self.expr(b)?;
        }
        self.emit(Instr::BuildClass(def.bases.len() as u32));
        for _ in &def.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(name, NameOp::Store);
        Ok(())
    }

    /// Compiles defaults, the body (in its own code object) and `MakeFunction`.
    pub(super) fn make_function(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
        span: crate::ast::Span,
        body: impl FnOnce(&mut Self) -> Result,
    ) -> Result {
        let has_defaults = !args.defaults.is_empty();
        if has_defaults {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
        }
        let kw: Vec<(&ast::Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        let has_kwdefaults = !kw.is_empty();
        for (a, d) in &kw {
            let key = self.mangle(&a.name.name);
            self.load_const(Const::Str(key.into()));
            self.expr(d)?;
        }
        if has_kwdefaults {
            self.emit(Instr::BuildMap(kw.len() as u32));
        }
        let annotated: Vec<(&str, &Expr)> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .filter_map(|a| a.annotation.as_ref().map(|t| (a.name.name.as_str(), t)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        let has_annotations = !annotated.is_empty();
        for (name, t) in &annotated {
            let key = self.mangle(name);
            self.load_const(Const::Str(key.into()));
            self.expr(t)?;
        }
        if has_annotations {
            self.emit(Instr::BuildMap(annotated.len() as u32));
        }
        let scope = self
            .table
            .scope_of(span)
            .ok_or_else(|| unsupported("this function (no scope found)", span))?;
        let qualname = self.child_qualname(name);
        let class_name = self.u().class_name.clone();
        self.enter(scope, name.into(), qualname, span, class_name);
        {
            let u = self.unit();
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        body(self)?;
        let code = self.leave();
        let id = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            code: id,
            defaults: has_defaults,
            kwdefaults: has_kwdefaults,
            annotations: has_annotations,
        });
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> Result {
        let op = super::expr::bin_op(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, NameOp::Load);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.name_op(n, NameOp::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let n = self.name_id(&self.mangle(&attr.name));
                self.emit(Instr::LoadAttr(n));
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap);
                self.emit(Instr::StoreAttr(n));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::DupTwo);
                self.emit(Instr::Subscr);
                self.expr(value)?;
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => return Err(unsupported("this augmented assignment target", target.span)),
        }
        Ok(())
    }

    /// Stores the top of the stack into an assignment target.
    /// `import a.b.c` binds `a` to the top-level package; `import a.b as c` binds the leaf.
    fn import(&mut self, alias: &ast::Alias) {
        let name = self.name_id(&alias.name.name);
        let leaf = alias.asname.is_some();
        self.emit(Instr::ImportName {
            name,
            level: 0,
            leaf,
        });
        let bound = match &alias.asname {
            Some(asname) => asname.name.as_str(),
            None => alias.name.name.split('.').next().unwrap_or_default(),
        };
        self.name_op(bound, NameOp::Store);
    }

    /// `from m import x as y, z` / `from m import *`: the module stays on the stack while its
    /// names are taken, then is dropped.
    fn import_from(
        &mut self,
        module: Option<&ast::Identifier>,
        names: &[ast::Alias],
        level: usize,
    ) {
        let name = self.name_id(module.map_or("", |m| m.name.as_str()));
        self.emit(Instr::ImportName {
            name,
            level: level.min(u16::MAX as usize) as u16,
            leaf: true,
        });
        if let [alias] = names {
            if alias.name.name == "*" {
                self.emit(Instr::ImportStar);
                return;
            }
        }
        for alias in names {
            let saved = std::mem::replace(&mut self.unit().span, alias.span);
            let id = self.name_id(&alias.name.name);
            self.emit(Instr::ImportFrom(id));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(&bound.name, NameOp::Store);
            self.unit().span = saved;
        }
        self.emit(Instr::Pop);
    }

    pub(super) fn store(&mut self, target: &'a Expr) -> Result {
        self.with_span(target.span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.name_op(n, NameOp::Store);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let n = c.name_id(&c.mangle(&attr.name));
                c.emit(Instr::StoreAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(i) => c.emit(Instr::UnpackEx {
                        before: i as u32,
                        after: (items.len() - i - 1) as u32,
                    }),
                    None => c.emit(Instr::UnpackSequence(items.len() as u32)),
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => c.store(inner)?,
                        _ => c.store(item)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(inner) => c.store(inner),
            _ => Err(unsupported("this assignment target", target.span)),
        })
    }

    fn delete(&mut self, target: &'a Expr) -> Result {
        self.with_span(target.span, |c| match &target.kind {
            ExprKind::Name(n) => {
                c.name_op(n, NameOp::Delete);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                c.expr(value)?;
                let n = c.name_id(&c.mangle(&attr.name));
                c.emit(Instr::DeleteAttr(n));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                c.expr(value)?;
                c.expr(slice)?;
                c.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    c.delete(item)?;
                }
                Ok(())
            }
            _ => Err(unsupported("this del target", target.span)),
        })
    }
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s.as_str().into()),
        _ => None,
    }
}

/// Does a class body annotate a name (`x: int`), at any depth outside nested scopes? Then
/// the body starts with `__annotations__ = {}`.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, .. } => *simple,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
