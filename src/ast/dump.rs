//! The readable AST printer behind `weft --ast` and the AST snapshots: one node a line,
//! children indented two spaces, each line ending with its span as `line:col-line:col`
//! (1-based, columns in characters). Field names label children where the role is not obvious.

use std::fmt::Write;

use super::*;
use crate::span::LineIndex;

/// Prints a module as an indented tree.
pub fn dump_module(module: &Module, source: &str) -> String {
    let mut p = Printer::new(source);
    p.line("Module", "", module.span);
    p.nested(|p| p.stmts(&module.body));
    p.out
}

/// Prints one expression as an indented tree.
pub fn dump_expr(expr: &Expr, source: &str) -> String {
    let mut p = Printer::new(source);
    p.expr(expr);
    p.out
}

struct Printer<'s> {
    lines: LineIndex<'s>,
    out: String,
    depth: usize,
}

impl<'s> Printer<'s> {
    fn new(source: &'s str) -> Printer<'s> {
        Printer {
            lines: LineIndex::new(source),
            out: String::new(),
            depth: 0,
        }
    }

    /// Writes `head detail  span` on its own line at the current depth.
    fn line(&mut self, head: &str, detail: &str, span: Span) {
        let (l1, c1) = self.lines.line_col(span.start);
        let (l2, c2) = self.lines.line_col(span.end);
        let indent = "  ".repeat(self.depth);
        let detail = if detail.is_empty() {
            String::new()
        } else {
            format!(" {detail}")
        };
        let _ = writeln!(self.out, "{indent}{head}{detail}  @{l1}:{c1}-{l2}:{c2}");
    }

    /// A label line without a span, for groups of children (`body`, `orelse`, ...).
    fn label(&mut self, label: &str) {
        let _ = writeln!(self.out, "{}{label}", "  ".repeat(self.depth));
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    /// A labelled block of statements, skipped when empty.
    fn block(&mut self, label: &str, stmts: &[Stmt]) {
        if !stmts.is_empty() {
            self.label(label);
            self.nested(|p| p.stmts(stmts));
        }
    }

    /// A labelled child expression.
    fn field(&mut self, label: &str, expr: &Expr) {
        self.label(label);
        self.nested(|p| p.expr(expr));
    }

    fn opt_field(&mut self, label: &str, expr: &Option<Expr>) {
        if let Some(expr) = expr {
            self.field(label, expr);
        }
    }

    fn exprs(&mut self, label: &str, exprs: &[Expr]) {
        if !exprs.is_empty() {
            self.label(label);
            self.nested(|p| exprs.iter().for_each(|e| p.expr(e)));
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for stmt in stmts {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::Expr(value) => {
                self.line("Expr", "", span);
                self.nested(|p| p.expr(value));
            }
            StmtKind::Assign { targets, value } => {
                self.line("Assign", "", span);
                self.nested(|p| {
                    p.exprs("targets", targets);
                    p.field("value", value);
                });
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line("AugAssign", &format!("{op:?}="), span);
                self.nested(|p| {
                    p.field("target", target);
                    p.field("value", value);
                });
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.line("AnnAssign", if *simple { "simple" } else { "" }, span);
                self.nested(|p| {
                    p.field("target", target);
                    p.field("annotation", annotation);
                    p.opt_field("value", value);
                });
            }
            StmtKind::Pass => self.line("Pass", "", span),
            StmtKind::Break => self.line("Break", "", span),
            StmtKind::Continue => self.line("Continue", "", span),
            StmtKind::Return(value) => {
                self.line("Return", "", span);
                self.nested(|p| p.opt_field("value", value));
            }
            StmtKind::Raise { exc, cause } => {
                self.line("Raise", "", span);
                self.nested(|p| {
                    p.opt_field("exc", exc);
                    p.opt_field("cause", cause);
                });
            }
            StmtKind::Global(names) => self.line("Global", &idents(names), span),
            StmtKind::Nonlocal(names) => self.line("Nonlocal", &idents(names), span),
            StmtKind::Delete(targets) => {
                self.line("Delete", "", span);
                self.nested(|p| targets.iter().for_each(|t| p.expr(t)));
            }
            StmtKind::Assert { test, msg } => {
                self.line("Assert", "", span);
                self.nested(|p| {
                    p.field("test", test);
                    p.opt_field("msg", msg);
                });
            }
            StmtKind::Import(names) => {
                self.line("Import", "", span);
                self.nested(|p| names.iter().for_each(|a| p.alias(a)));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let dots = ".".repeat(*level);
                let module = module.as_ref().map_or("", |m| m.name.as_str());
                self.line("ImportFrom", &format!("{dots}{module}"), span);
                self.nested(|p| names.iter().for_each(|a| p.alias(a)));
            }
            StmtKind::If { test, body, orelse } => {
                self.line("If", "", span);
                self.nested(|p| {
                    p.field("test", test);
                    p.block("body", body);
                    p.block("orelse", orelse);
                });
            }
            StmtKind::While { test, body, orelse } => {
                self.line("While", "", span);
                self.nested(|p| {
                    p.field("test", test);
                    p.block("body", body);
                    p.block("orelse", orelse);
                });
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.line(if *is_async { "AsyncFor" } else { "For" }, "", span);
                self.nested(|p| {
                    p.field("target", target);
                    p.field("iter", iter);
                    p.block("body", body);
                    p.block("orelse", orelse);
                });
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                self.line(if *is_star { "TryStar" } else { "Try" }, "", span);
                self.nested(|p| {
                    p.block("body", body);
                    for handler in handlers {
                        p.handler(handler);
                    }
                    p.block("orelse", orelse);
                    p.block("finalbody", finalbody);
                });
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.line(if *is_async { "AsyncWith" } else { "With" }, "", span);
                self.nested(|p| {
                    for item in items {
                        p.line("withitem", "", item.span);
                        p.nested(|p| {
                            p.expr(&item.context_expr);
                            p.opt_field("as", &item.optional_vars);
                        });
                    }
                    p.block("body", body);
                });
            }
            StmtKind::FunctionDef(def) => self.function_def(def, span),
            StmtKind::ClassDef(class) => {
                self.line("ClassDef", &class.name.name, span);
                self.nested(|p| {
                    p.exprs("decorators", &class.decorators);
                    p.exprs("bases", &class.bases);
                    p.keywords(&class.keywords);
                    p.block("body", &class.body);
                });
            }
            StmtKind::Match { subject, cases } => {
                self.line("Match", "", span);
                self.nested(|p| {
                    p.field("subject", subject);
                    for case in cases {
                        p.line("case", "", case.span);
                        p.nested(|p| {
                            p.pattern(&case.pattern);
                            p.opt_field("guard", &case.guard);
                            p.block("body", &case.body);
                        });
                    }
                });
            }
        }
    }

    fn function_def(&mut self, def: &FunctionDef, span: Span) {
        let head = if def.is_async {
            "AsyncFunctionDef"
        } else {
            "FunctionDef"
        };
        self.line(head, &def.name.name, span);
        self.nested(|p| {
            p.exprs("decorators", &def.decorators);
            p.arguments(&def.args);
            p.opt_field("returns", &def.returns);
            p.block("body", &def.body);
        });
    }

    fn alias(&mut self, alias: &Alias) {
        let detail = match &alias.asname {
            Some(asname) => format!("{} as {}", alias.name.name, asname.name),
            None => alias.name.name.clone(),
        };
        self.line("alias", &detail, alias.span);
    }

    fn handler(&mut self, handler: &ExceptHandler) {
        let detail = handler
            .name
            .as_ref()
            .map_or(String::new(), |n| format!("as {}", n.name));
        self.line("ExceptHandler", &detail, handler.span);
        self.nested(|p| {
            p.opt_field("type", &handler.typ);
            p.block("body", &handler.body);
        });
    }

    /// Parameters in source order, each with its default where it has one.
    fn arguments(&mut self, args: &Arguments) {
        let positional = args.posonlyargs.len() + args.args.len();
        if positional == 0
            && args.vararg.is_none()
            && args.kwonlyargs.is_empty()
            && args.kwarg.is_none()
        {
            return;
        }
        self.label("args");
        self.nested(|p| {
            let first_default = positional.saturating_sub(args.defaults.len());
            let all = args.posonlyargs.iter().map(|a| ("posonly", a));
            let all = all.chain(args.args.iter().map(|a| ("arg", a)));
            for (i, (kind, arg)) in all.enumerate() {
                let default = i.checked_sub(first_default).map(|d| &args.defaults[d]);
                p.arg(kind, arg, default);
            }
            if let Some(arg) = &args.vararg {
                p.arg("vararg", arg, None);
            }
            for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
                p.arg("kwonly", arg, default.as_ref());
            }
            if let Some(arg) = &args.kwarg {
                p.arg("kwarg", arg, None);
            }
        });
    }

    fn arg(&mut self, kind: &str, arg: &Arg, default: Option<&Expr>) {
        self.line(kind, &arg.name.name, arg.span);
        self.nested(|p| {
            p.opt_field("annotation", &arg.annotation);
            if let Some(default) = default {
                p.field("default", default);
            }
        });
    }

    fn keywords(&mut self, keywords: &[Keyword]) {
        for keyword in keywords {
            let name = keyword.arg.as_ref().map_or("**", |a| a.name.as_str());
            self.line("keyword", name, keyword.span);
            self.nested(|p| p.expr(&keyword.value));
        }
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        for generator in generators {
            let head = if generator.is_async {
                "async for"
            } else {
                "for"
            };
            self.line(head, "", generator.span);
            self.nested(|p| {
                p.field("target", &generator.target);
                p.field("iter", &generator.iter);
                p.exprs("ifs", &generator.ifs);
            });
        }
    }

    fn expr(&mut self, expr: &Expr) {
        let span = expr.span;
        match &expr.kind {
            ExprKind::BoolOp { op, values } => {
                self.line("BoolOp", &format!("{op:?}"), span);
                self.nested(|p| values.iter().for_each(|v| p.expr(v)));
            }
            ExprKind::NamedExpr { target, value } => {
                self.line("NamedExpr", "", span);
                self.nested(|p| {
                    p.field("target", target);
                    p.field("value", value);
                });
            }
            ExprKind::BinOp { left, op, right } => {
                self.line("BinOp", &format!("{op:?}"), span);
                self.nested(|p| {
                    p.expr(left);
                    p.expr(right);
                });
            }
            ExprKind::UnaryOp { op, operand } => {
                self.line("UnaryOp", &format!("{op:?}"), span);
                self.nested(|p| p.expr(operand));
            }
            ExprKind::Lambda { args, body } => {
                self.line("Lambda", "", span);
                self.nested(|p| {
                    p.arguments(args);
                    p.field("body", body);
                });
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.line("IfExp", "", span);
                self.nested(|p| {
                    p.field("test", test);
                    p.field("body", body);
                    p.field("orelse", orelse);
                });
            }
            ExprKind::Dict { keys, values } => {
                self.line("Dict", "", span);
                self.nested(|p| {
                    for (key, value) in keys.iter().zip(values) {
                        match key {
                            Some(key) => p.field("key", key),
                            None => p.label("**"),
                        }
                        p.nested(|p| p.expr(value));
                    }
                });
            }
            ExprKind::Set(elts) => {
                self.line("Set", "", span);
                self.nested(|p| elts.iter().for_each(|e| p.expr(e)));
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let head = match &expr.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.line(head, "", span);
                self.nested(|p| {
                    p.field("elt", elt);
                    p.comprehensions(generators);
                });
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.line("DictComp", "", span);
                self.nested(|p| {
                    p.field("key", key);
                    p.field("value", value);
                    p.comprehensions(generators);
                });
            }
            ExprKind::Await(value) => {
                self.line("Await", "", span);
                self.nested(|p| p.expr(value));
            }
            ExprKind::Yield(value) => {
                self.line("Yield", "", span);
                if let Some(value) = value {
                    self.nested(|p| p.expr(value));
                }
            }
            ExprKind::YieldFrom(value) => {
                self.line("YieldFrom", "", span);
                self.nested(|p| p.expr(value));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let ops: Vec<String> = ops.iter().map(|op| format!("{op:?}")).collect();
                self.line("Compare", &ops.join(" "), span);
                self.nested(|p| {
                    p.expr(left);
                    comparators.iter().for_each(|c| p.expr(c));
                });
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.line("Call", "", span);
                self.nested(|p| {
                    p.field("func", func);
                    p.exprs("args", args);
                    p.keywords(keywords);
                });
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let detail = match conversion {
                    Some(Conversion::Str) => "!s",
                    Some(Conversion::Repr) => "!r",
                    Some(Conversion::Ascii) => "!a",
                    None => "",
                };
                self.line("FormattedValue", detail, span);
                self.nested(|p| {
                    p.expr(value);
                    if let Some(spec) = format_spec {
                        p.field("format_spec", spec);
                    }
                });
            }
            ExprKind::JoinedStr(values) => {
                self.line("JoinedStr", "", span);
                self.nested(|p| values.iter().for_each(|v| p.expr(v)));
            }
            ExprKind::Constant(value) => self.line("Constant", &constant(value), span),
            ExprKind::Attribute { value, attr } => {
                self.line("Attribute", &format!(".{}", attr.name), span);
                self.nested(|p| p.expr(value));
            }
            ExprKind::Subscript { value, slice } => {
                self.line("Subscript", "", span);
                self.nested(|p| {
                    p.expr(value);
                    p.field("slice", slice);
                });
            }
            ExprKind::Starred(value) => {
                self.line("Starred", "", span);
                self.nested(|p| p.expr(value));
            }
            ExprKind::Name(name) => self.line("Name", name, span),
            ExprKind::List(elts) => {
                self.line("List", "", span);
                self.nested(|p| elts.iter().for_each(|e| p.expr(e)));
            }
            ExprKind::Tuple(elts) => {
                self.line("Tuple", "", span);
                self.nested(|p| elts.iter().for_each(|e| p.expr(e)));
            }
            ExprKind::Slice { lower, upper, step } => {
                self.line("Slice", "", span);
                self.nested(|p| {
                    for (label, part) in [("lower", lower), ("upper", upper), ("step", step)] {
                        if let Some(part) = part {
                            p.field(label, part);
                        }
                    }
                });
            }
        }
    }

    fn pattern(&mut self, pattern: &Pattern) {
        let span = pattern.span;
        match &pattern.kind {
            PatternKind::MatchValue(value) => {
                self.line("MatchValue", "", span);
                self.nested(|p| p.expr(value));
            }
            PatternKind::MatchSingleton(value) => {
                self.line("MatchSingleton", &constant(value), span)
            }
            PatternKind::MatchSequence(patterns) => {
                self.line("MatchSequence", "", span);
                self.nested(|p| patterns.iter().for_each(|x| p.pattern(x)));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let rest = rest
                    .as_ref()
                    .map_or(String::new(), |r| format!("**{}", r.name));
                self.line("MatchMapping", &rest, span);
                self.nested(|p| {
                    for (key, pattern) in keys.iter().zip(patterns) {
                        p.field("key", key);
                        p.nested(|p| p.pattern(pattern));
                    }
                });
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.line("MatchClass", "", span);
                self.nested(|p| {
                    p.field("cls", cls);
                    patterns.iter().for_each(|x| p.pattern(x));
                    for (attr, pattern) in kwd_attrs.iter().zip(kwd_patterns) {
                        p.line("keyword", &attr.name, attr.span);
                        p.nested(|p| p.pattern(pattern));
                    }
                });
            }
            PatternKind::MatchStar(name) => {
                let name = name.as_ref().map_or("_", |n| n.name.as_str());
                self.line("MatchStar", name, span);
            }
            PatternKind::MatchAs { pattern, name } => {
                let name = name.as_ref().map_or("_", |n| n.name.as_str());
                self.line("MatchAs", name, span);
                if let Some(pattern) = pattern {
                    self.nested(|p| p.pattern(pattern));
                }
            }
            PatternKind::MatchOr(patterns) => {
                self.line("MatchOr", "", span);
                self.nested(|p| patterns.iter().for_each(|x| p.pattern(x)));
            }
        }
    }
}

fn idents(names: &[Identifier]) -> String {
    let names: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    names.join(", ")
}

/// A constant as Python's `repr` would mostly show it (strings Debug-escaped).
fn constant(value: &Constant) -> String {
    match value {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(Int::Small(i)) => i.to_string(),
        Constant::Int(Int::Big(i)) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Imaginary(f) => format!("{f:?}j"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "...".into(),
    }
}

/// Python's `repr` of a bytes value, e.g. `b'a\x00\n'`.
fn bytes_repr(bytes: &[u8]) -> String {
    let mut out = String::from("b'");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push('\'');
    out
}
