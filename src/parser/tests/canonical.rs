//! weft's tree in the canonical form of `canonical.py` (CPython's side): `(Type @line:col-line:col
//! field...)` in CPython's field order, strings and bytes in hex, floats as IEEE bits.

use std::borrow::Borrow;
use std::fmt::Write;

use crate::ast::*;

struct Out<'s> {
    out: String,
    source: &'s str,
    /// The span of the stmt/expr/pattern whose node is opened next.
    next_span: Option<Span>,
    /// Inside a `JoinedStr`: positions are not compared there.
    joined: usize,
}

impl Out<'_> {
    fn open(&mut self, name: &str) {
        write!(self.out, "({name}").ok();
        if let Some(span) = self.next_span.take().filter(|_| self.joined == 0) {
            let (l1, c1) = self.position(span.start);
            let (l2, c2) = self.position(span.end);
            write!(self.out, " @{l1}:{c1}-{l2}:{c2}").ok();
        }
    }
    /// 1-based line and 0-based UTF-8 byte column, as CPython's `lineno`/`col_offset`.
    fn position(&self, offset: usize) -> (usize, usize) {
        let before = &self.source[..offset];
        let line = before.matches('\n').count() + 1;
        (line, offset - before.rfind('\n').map_or(0, |i| i + 1))
    }
    fn close(&mut self) {
        self.out.push(')');
    }
    fn atom(&mut self, text: &str) {
        self.out.push(' ');
        self.out.push_str(text);
    }
    fn str(&mut self, s: &str) {
        let hex: String = s.bytes().map(|b| format!("{b:02x}")).collect();
        self.atom(&format!("s{hex}"));
    }
    fn ident(&mut self, id: &Identifier) {
        self.str(&id.name);
    }
    fn opt_ident(&mut self, id: &Option<Identifier>) {
        match id {
            Some(id) => self.ident(id),
            None => self.atom("_"),
        }
    }
    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push_str(" [");
        let start = self.out.len();
        for item in items {
            f(self, item);
        }
        // Items are written with a leading space; CPython's list has none after `[`.
        if self.out.len() > start {
            self.out.remove(start);
        }
        self.out.push(']');
    }
    fn exprs(&mut self, items: &[Expr]) {
        self.list(items, |o, e| o.expr(e));
    }
    fn opt(&mut self, e: &Option<impl Borrow<Expr>>) {
        match e {
            Some(e) => self.expr(e.borrow()),
            None => self.atom("_"),
        }
    }
    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |o, s| o.stmt(s));
    }
    fn node(&mut self, name: &str, f: impl FnOnce(&mut Self)) {
        self.out.push(' ');
        self.open(name);
        f(self);
        self.close();
    }

    fn stmt(&mut self, s: &Stmt) {
        self.next_span = Some(s.span);
        match &s.kind {
            StmtKind::Expr(e) => self.node("Expr", |o| o.expr(e)),
            StmtKind::Assign { targets, value } => self.node("Assign", |o| {
                o.exprs(targets);
                o.expr(value);
            }),
            StmtKind::AugAssign { target, op, value } => self.node("AugAssign", |o| {
                o.expr(target);
                o.binop(*op);
                o.expr(value);
            }),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.node("AnnAssign", |o| {
                o.expr(target);
                o.expr(annotation);
                o.opt(value);
                o.atom(if *simple { "1" } else { "0" });
            }),
            StmtKind::Pass => self.node("Pass", |_| {}),
            StmtKind::Break => self.node("Break", |_| {}),
            StmtKind::Continue => self.node("Continue", |_| {}),
            StmtKind::Return(v) => self.node("Return", |o| o.opt(v)),
            StmtKind::Raise { exc, cause } => self.node("Raise", |o| {
                o.opt(exc);
                o.opt(cause);
            }),
            StmtKind::Global(names) => self.node("Global", |o| o.list(names, |o, n| o.ident(n))),
            StmtKind::Nonlocal(names) => {
                self.node("Nonlocal", |o| o.list(names, |o, n| o.ident(n)))
            }
            StmtKind::Delete(targets) => self.node("Delete", |o| o.exprs(targets)),
            StmtKind::Assert { test, msg } => self.node("Assert", |o| {
                o.expr(test);
                o.opt(msg);
            }),
            StmtKind::Import(names) => self.node("Import", |o| o.list(names, |o, a| o.alias(a))),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.node("ImportFrom", |o| {
                o.opt_ident(module);
                o.list(names, |o, a| o.alias(a));
                o.atom(&level.to_string());
            }),
            StmtKind::If { test, body, orelse } => self.node("If", |o| {
                o.expr(test);
                o.stmts(body);
                o.stmts(orelse);
            }),
            StmtKind::While { test, body, orelse } => self.node("While", |o| {
                o.expr(test);
                o.stmts(body);
                o.stmts(orelse);
            }),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => self.node(if *is_async { "AsyncFor" } else { "For" }, |o| {
                o.expr(target);
                o.expr(iter);
                o.stmts(body);
                o.stmts(orelse);
            }),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.node(if *is_star { "TryStar" } else { "Try" }, |o| {
                o.stmts(body);
                o.list(handlers, |o, h| {
                    o.next_span = Some(h.span);
                    o.node("ExceptHandler", |o| {
                        o.opt(&h.typ);
                        o.opt_ident(&h.name);
                        o.stmts(&h.body);
                    })
                });
                o.stmts(orelse);
                o.stmts(finalbody);
            }),
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.node(if *is_async { "AsyncWith" } else { "With" }, |o| {
                o.list(items, |o, i| {
                    o.node("withitem", |o| {
                        o.expr(&i.context_expr);
                        o.opt(&i.optional_vars);
                    })
                });
                o.stmts(body);
            }),
            StmtKind::FunctionDef(f) => self.node(
                if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                },
                |o| {
                    o.ident(&f.name);
                    o.arguments(&f.args);
                    o.stmts(&f.body);
                    o.exprs(&f.decorators);
                    o.opt(&f.returns);
                },
            ),
            StmtKind::ClassDef(c) => self.node("ClassDef", |o| {
                o.ident(&c.name);
                o.exprs(&c.bases);
                o.list(&c.keywords, |o, k| o.keyword(k));
                o.stmts(&c.body);
                o.exprs(&c.decorators);
            }),
            StmtKind::Match { subject, cases } => self.node("Match", |o| {
                o.expr(subject);
                o.list(cases, |o, c| {
                    o.node("match_case", |o| {
                        o.pattern(&c.pattern);
                        o.opt(&c.guard);
                        o.stmts(&c.body);
                    })
                });
            }),
        }
    }

    fn alias(&mut self, a: &Alias) {
        self.next_span = Some(a.span);
        self.node("alias", |o| {
            o.ident(&a.name);
            o.opt_ident(&a.asname);
        });
    }

    fn keyword(&mut self, k: &Keyword) {
        self.next_span = Some(k.span);
        self.node("keyword", |o| {
            o.opt_ident(&k.arg);
            o.expr(&k.value);
        });
    }

    fn arg(&mut self, a: &Arg) {
        self.next_span = Some(a.span);
        self.node("arg", |o| {
            o.ident(&a.name);
            o.opt(&a.annotation);
        });
    }

    fn opt_arg(&mut self, a: &Option<Arg>) {
        match a {
            Some(a) => self.arg(a),
            None => self.atom("_"),
        }
    }

    fn arguments(&mut self, a: &Arguments) {
        self.node("arguments", |o| {
            o.list(&a.posonlyargs, |o, x| o.arg(x));
            o.list(&a.args, |o, x| o.arg(x));
            o.opt_arg(&a.vararg);
            o.list(&a.kwonlyargs, |o, x| o.arg(x));
            o.list(&a.kw_defaults, |o, d| o.opt(d));
            o.opt_arg(&a.kwarg);
            o.exprs(&a.defaults);
        });
    }

    fn binop(&mut self, op: BinOp) {
        let name = match op {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mult => "Mult",
            BinOp::MatMult => "MatMult",
            BinOp::Div => "Div",
            BinOp::Mod => "Mod",
            BinOp::Pow => "Pow",
            BinOp::LShift => "LShift",
            BinOp::RShift => "RShift",
            BinOp::BitOr => "BitOr",
            BinOp::BitXor => "BitXor",
            BinOp::BitAnd => "BitAnd",
            BinOp::FloorDiv => "FloorDiv",
        };
        self.node(name, |_| {});
    }

    fn constant(&mut self, c: &Constant) {
        let text = match c {
            Constant::None => "_".to_string(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Constant::Int(Int::Small(i)) => i.to_string(),
            Constant::Int(Int::Big(i)) => i.to_string(),
            Constant::Float(f) => format!("f{:016x}", f.to_bits()),
            Constant::Imaginary(f) => format!("j{:016x}", f.to_bits()),
            Constant::Str(s) => return self.str(s),
            Constant::Bytes(b) => format!(
                "b{}",
                b.iter().map(|b| format!("{b:02x}")).collect::<String>()
            ),
            Constant::Ellipsis => "...".to_string(),
        };
        self.atom(&text);
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        self.list(generators, |o, g| {
            o.node("comprehension", |o| {
                o.expr(&g.target);
                o.expr(&g.iter);
                o.exprs(&g.ifs);
                o.atom(if g.is_async { "1" } else { "0" });
            })
        });
    }

    fn expr(&mut self, e: &Expr) {
        self.next_span = Some(e.span);
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.node("BoolOp", |o| {
                o.node(if *op == BoolOp::And { "And" } else { "Or" }, |_| {});
                o.exprs(values);
            }),
            ExprKind::NamedExpr { target, value } => self.node("NamedExpr", |o| {
                o.expr(target);
                o.expr(value);
            }),
            ExprKind::BinOp { left, op, right } => self.node("BinOp", |o| {
                o.expr(left);
                o.binop(*op);
                o.expr(right);
            }),
            ExprKind::UnaryOp { op, operand } => self.node("UnaryOp", |o| {
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                o.node(name, |_| {});
                o.expr(operand);
            }),
            ExprKind::Lambda { args, body } => self.node("Lambda", |o| {
                o.arguments(args);
                o.expr(body);
            }),
            ExprKind::IfExp { test, body, orelse } => self.node("IfExp", |o| {
                o.expr(test);
                o.expr(body);
                o.expr(orelse);
            }),
            ExprKind::Dict { keys, values } => self.node("Dict", |o| {
                o.list(keys, |o, k| o.opt(k));
                o.exprs(values);
            }),
            ExprKind::Set(elts) => self.node("Set", |o| o.exprs(elts)),
            ExprKind::ListComp { elt, generators } => self.node("ListComp", |o| {
                o.expr(elt);
                o.comprehensions(generators);
            }),
            ExprKind::SetComp { elt, generators } => self.node("SetComp", |o| {
                o.expr(elt);
                o.comprehensions(generators);
            }),
            ExprKind::GeneratorExp { elt, generators } => self.node("GeneratorExp", |o| {
                o.expr(elt);
                o.comprehensions(generators);
            }),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.node("DictComp", |o| {
                o.expr(key);
                o.expr(value);
                o.comprehensions(generators);
            }),
            ExprKind::Await(v) => self.node("Await", |o| o.expr(v)),
            ExprKind::Yield(v) => self.node("Yield", |o| o.opt(v)),
            ExprKind::YieldFrom(v) => self.node("YieldFrom", |o| o.expr(v)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.node("Compare", |o| {
                o.expr(left);
                o.list(ops, |o, op| o.node(&format!("{op:?}"), |_| {}));
                o.exprs(comparators);
            }),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.node("Call", |o| {
                o.expr(func);
                o.exprs(args);
                o.list(keywords, |o, k| o.keyword(k));
            }),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.node("FormattedValue", |o| {
                o.expr(value);
                let code = match conversion {
                    None => -1,
                    Some(Conversion::Str) => 115,
                    Some(Conversion::Repr) => 114,
                    Some(Conversion::Ascii) => 97,
                };
                o.atom(&code.to_string());
                o.opt(format_spec);
            }),
            ExprKind::JoinedStr(values) => self.node("JoinedStr", |o| {
                o.joined += 1;
                o.exprs(values);
                o.joined -= 1;
            }),
            ExprKind::Constant(c) => self.node("Constant", |o| o.constant(c)),
            ExprKind::Attribute { value, attr } => self.node("Attribute", |o| {
                o.expr(value);
                o.ident(attr);
            }),
            ExprKind::Subscript { value, slice } => self.node("Subscript", |o| {
                o.expr(value);
                o.expr(slice);
            }),
            ExprKind::Starred(v) => self.node("Starred", |o| o.expr(v)),
            ExprKind::Name(id) => self.node("Name", |o| o.str(id)),
            ExprKind::List(elts) => self.node("List", |o| o.exprs(elts)),
            ExprKind::Tuple(elts) => self.node("Tuple", |o| o.exprs(elts)),
            ExprKind::Slice { lower, upper, step } => self.node("Slice", |o| {
                o.opt(lower);
                o.opt(upper);
                o.opt(step);
            }),
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        self.next_span = Some(p.span);
        match &p.kind {
            PatternKind::MatchValue(e) => self.node("MatchValue", |o| o.expr(e)),
            PatternKind::MatchSingleton(c) => self.node("MatchSingleton", |o| o.constant(c)),
            PatternKind::MatchSequence(ps) => {
                self.node("MatchSequence", |o| o.list(ps, |o, p| o.pattern(p)))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.node("MatchMapping", |o| {
                o.exprs(keys);
                o.list(patterns, |o, p| o.pattern(p));
                o.opt_ident(rest);
            }),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.node("MatchClass", |o| {
                o.expr(cls);
                o.list(patterns, |o, p| o.pattern(p));
                o.list(kwd_attrs, |o, a| o.ident(a));
                o.list(kwd_patterns, |o, p| o.pattern(p));
            }),
            PatternKind::MatchStar(name) => self.node("MatchStar", |o| o.opt_ident(name)),
            PatternKind::MatchAs { pattern, name } => self.node("MatchAs", |o| {
                match pattern {
                    Some(p) => o.pattern(p),
                    None => o.atom("_"),
                }
                o.opt_ident(name);
            }),
            PatternKind::MatchOr(ps) => self.node("MatchOr", |o| o.list(ps, |o, p| o.pattern(p))),
        }
    }
}

/// weft's module in the canonical form.
pub fn canonical(module: &Module, source: &str) -> String {
    let mut out = Out {
        out: String::new(),
        source,
        next_span: None,
        joined: 0,
    };
    out.open("Module");
    out.stmts(&module.body);
    out.close();
    out.out
}
