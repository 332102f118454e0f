//! Expressions: operators, calls (method calls without a bound method, keyword and unpacked
//! arguments), displays with unpacking, comprehensions and lambdas (their own code objects),
//! f-strings, `yield` and `yield from`.

use std::rc::Rc;

use super::{unsupported, Compiler, NameOp, Result};
use crate::ast::{self, Constant, Expr, ExprKind};
use crate::bytecode::{BinOp, CmpOp, Const, Conversion, Instr, Label, UnaryOp};

pub(super) fn bin_op(op: ast::BinOp) -> BinOp {
    match op {
        ast::BinOp::Add => BinOp::Add,
        ast::BinOp::Sub => BinOp::Sub,
        ast::BinOp::Mult => BinOp::Mul,
        ast::BinOp::MatMult => BinOp::MatMul,
        ast::BinOp::Div => BinOp::TrueDiv,
        ast::BinOp::Mod => BinOp::Mod,
        ast::BinOp::Pow => BinOp::Pow,
        ast::BinOp::LShift => BinOp::LShift,
        ast::BinOp::RShift => BinOp::RShift,
        ast::BinOp::BitOr => BinOp::Or,
        ast::BinOp::BitXor => BinOp::Xor,
        ast::BinOp::BitAnd => BinOp::And,
        ast::BinOp::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result {
        self.with_span(e.span, |c| c.expr_inner(e))
    }

    fn constant(&mut self, k: &Constant, span: ast::Span) -> Result {
        let c = match k {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Int(i) => Self::int_const(i),
            Constant::Float(f) => Const::Float(*f),
            Constant::Str(s) => Const::Str(s.as_str().into()),
            Constant::Bytes(b) => Const::Bytes(b.as_slice().into()),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Imaginary(_) => return Err(unsupported("complex numbers", span)),
        };
        self.load_const(c);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result {
        match &e.kind {
            ExprKind::Constant(k) => self.constant(k, e.span)?,
            ExprKind::Name(n) => self.name_op(n, NameOp::Load),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::Binary(bin_op(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::Unary(match op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                }));
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(match op {
                            ast::BoolOp::And => Instr::JumpIfFalseOrPop(end),
                            ast::BoolOp::Or => Instr::JumpIfTrueOrPop(end),
                        });
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let (else_, end) = (self.new_label(), self.new_label());
                self.jump_if(test, false, else_)?;
                self.expr(body)?;
                self.emit(Instr::Jump(end));
                self.bind(else_);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.store(target)?;
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let n = self.name_id(&self.mangle(&attr.name));
                self.emit(Instr::LoadAttr(n));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::Subscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Tuple(items) => {
                if self.starred_display(items, Instr::BuildList(0))? {
                    self.emit(Instr::ListToTuple);
                } else {
                    self.emit(Instr::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if !self.starred_display(items, Instr::BuildList(0))? {
                    self.emit(Instr::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if !self.starred_display(items, Instr::BuildSet(0))? {
                    self.emit(Instr::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 || !matches!(parts[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Instr::BuildString(parts.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
                self.emit(Instr::FormatValue {
                    conversion: match conversion {
                        None => Conversion::None,
                        Some(ast::Conversion::Str) => Conversion::Str,
                        Some(ast::Conversion::Repr) => Conversion::Repr,
                        Some(ast::Conversion::Ascii) => Conversion::Ascii,
                    },
                    has_spec: format_spec.is_some(),
                });
            }
            ExprKind::Lambda { args, body } => {
                self.make_function("<lambda>", args, None, e.span, |c| {
                    c.expr(body)?;
                    c.emit(Instr::Return);
                    Ok(())
                })?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, Comp::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, Comp::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, Comp::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, Comp::Gen(elt))?
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.u().flags.coroutine {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::Yield);
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            ExprKind::Await(value) => {
                self.expr(value)?;
                self.await_top();
            }
            ExprKind::Starred(_) => {
                return Err(unsupported("a starred expression here", e.span));
            }
        }
        Ok(())
    }

    /// `[x] -> [result]`: awaits the value on top of the stack.
    pub(super) fn await_top(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_const(Const::None);
        self.yield_from_loop();
    }

    /// `[it, v] -> [result]`: the delegation loop of `yield from`.
    fn yield_from_loop(&mut self) {
        let (send, exit) = (self.new_label(), self.new_label());
        self.bind(send);
        self.emit(Instr::Send(exit));
        self.emit(Instr::Yield);
        self.emit(Instr::Jump(send));
        self.bind(exit);
    }

    /// Jumps to `target` when `e`'s truth equals `when`; falls through otherwise.
    pub(super) fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> Result {
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == ast::BoolOp::And;
                // `a and b` jumps on false as soon as one is false; on true only if all are.
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < values.len() {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.emit(if when {
                    Instr::PopJumpIfTrue(target)
                } else {
                    Instr::PopJumpIfFalse(target)
                });
                Ok(())
            }
        }
    }

    fn cmp_instr(op: ast::CmpOp) -> Instr {
        match op {
            ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
            ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
            ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
            ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
            ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
            ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
            ast::CmpOp::Is => Instr::Is(false),
            ast::CmpOp::IsNot => Instr::Is(true),
            ast::CmpOp::In => Instr::In(false),
            ast::CmpOp::NotIn => Instr::In(true),
        }
    }

    /// `a < b < c`: each middle operand evaluated once; stops at the first false.
    fn compare(&mut self, left: &'a Expr, ops: &[ast::CmpOp], comparators: &'a [Expr]) -> Result {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Self::cmp_instr(ops[0]));
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
                self.emit(Self::cmp_instr(*op));
                self.emit(Instr::JumpIfFalseOrPop(cleanup));
            } else {
                self.emit(Self::cmp_instr(*op));
            }
        }
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::Swap);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// A display with `*x` items: builds with `start` then extends. `false` when there is no
    /// starred item (nothing emitted; the caller builds directly).
    fn starred_display(&mut self, items: &'a [Expr], start: Instr) -> Result<bool> {
        if !items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_))) {
            for item in items {
                self.expr(item)?;
            }
            return Ok(false);
        }
        let is_set = matches!(start, Instr::BuildSet(_));
        self.emit(start);
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if is_set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(item)?;
                    self.emit(if is_set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        Ok(true)
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result {
        if keys.iter().all(Option::is_some) {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(keys.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> Result {
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && keywords.is_empty() && self.zero_arg_super()? {
                return Ok(());
            }
        }
        if !starred && keywords.is_empty() {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let n = self.name_id(&self.mangle(&attr.name));
                self.with_span(func.span, |c| {
                    c.emit(Instr::LoadMethod(n));
                    Ok(())
                })?;
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        if starred {
            if !self.starred_display(args, Instr::BuildList(0))? {
                self.emit(Instr::BuildTuple(args.len() as u32));
            } else {
                self.emit(Instr::ListToTuple);
            }
            if keywords.is_empty() {
                self.emit(Instr::CallEx { kwargs: false });
                return Ok(());
            }
            self.emit(Instr::BuildMap(0));
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.name.as_str().into()));
                        self.expr(&k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            self.emit(Instr::CallEx { kwargs: true });
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.emit(Instr::Call(args.len() as u32));
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            let name = k.arg.as_ref().map_or("", |n| n.name.as_str());
            names.push(Const::Str(name.into()));
        }
        self.load_const(Const::Tuple(names));
        self.emit(Instr::CallKw((args.len() + keywords.len()) as u32));
        Ok(())
    }

    /// `super()` in a method: `super(__class__, <first argument>)`. `false` when this is not
    /// a method that can use it (the call then compiles as written).
    fn zero_arg_super(&mut self) -> Result<bool> {
        let scope = self.scope();
        let Some(first) = scope.params.first() else {
            return Ok(false);
        };
        if !scope.kind.is_function_like() || self.cell_id("__class__").is_none() {
            return Ok(false);
        }
        let first = first.clone();
        self.name_op("super", NameOp::Load);
        let class_cell = self
            .cell_id("__class__")
            .unwrap_or(crate::bytecode::CellId(0));
        self.emit(Instr::LoadDeref(class_cell));
        match self.cell_id(&first) {
            Some(c) => self.emit(Instr::LoadDeref(c)),
            None => {
                let l = self.local_id(&first).unwrap_or(crate::bytecode::LocalId(0));
                self.emit(Instr::LoadFast(l));
            }
        }
        self.emit(Instr::Call(2));
        Ok(true)
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [ast::Comprehension],
        kind: Comp<'a>,
    ) -> Result {
        let Some(first) = generators.first() else {
            return Err(unsupported("an empty comprehension", e.span));
        };
        let scope = self
            .table
            .scope_of(e.span)
            .ok_or_else(|| unsupported("this comprehension (no scope found)", e.span))?;
        let name = match kind {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        let class_name = self.u().class_name.clone();
        self.enter(scope, name.into(), qualname, e.span, class_name);
        let is_async = self.scope().is_coroutine;
        self.unit().argcount = 1;
        match kind {
            Comp::List(_) => self.emit(Instr::BuildList(0)),
            Comp::Set(_) => self.emit(Instr::BuildSet(0)),
            Comp::Dict(..) => self.emit(Instr::BuildMap(0)),
            Comp::Gen(_) => {}
        }
        self.comp_loop(generators, 0, kind)?;
        if matches!(kind, Comp::Gen(_)) {
            self.load_const(Const::None);
        }
        self.emit(Instr::Return);
        let code = self.leave();
        let id = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction {
            code: id,
            defaults: false,
            kwdefaults: false,
            annotations: false,
        });
        self.expr(&first.iter)?;
        self.emit(if first.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        // An async list/set/dict comprehension is a coroutine awaited where it stands; an
        // async generator expression is an async generator, used later.
        if is_async && !matches!(kind, Comp::Gen(_)) {
            self.await_top();
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: Comp<'a>,
    ) -> Result {
        let g = &generators[i];
        let (start, end, stop) = (self.new_label(), self.new_label(), self.new_label());
        if i == 0 {
            self.emit(Instr::LoadFast(crate::bytecode::LocalId(0)));
        } else {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        if g.is_async {
            // The stack holds the result being built (not for a generator expression) and
            // one iterator per loop; an exception from `__anext__` leaves [.., aiter, exc].
            let depth = i as u32 + 1 + !matches!(kind, Comp::Gen(_)) as u32;
            self.push_fblock_at(super::FBlockKind::For { start, end }, stop, depth);
            self.with_span(g.span, |c| {
                c.emit(Instr::GetANext);
                c.await_top();
                Ok(())
            })?;
            self.pop_fblock();
        } else {
            self.with_span(g.span, |c| {
                c.emit(Instr::ForIter(end));
                Ok(())
            })?;
        }
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comp_loop(generators, i + 1, kind)?;
        } else {
            let depth = i as u32 + 2;
            match kind {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    if self.scope().is_coroutine {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::Yield);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit(Instr::Jump(start));
        if g.is_async {
            self.bind(stop);
            self.emit(Instr::EndAsyncFor);
        }
        self.bind(end);
        Ok(())
    }
}

/// What a comprehension builds.
#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
