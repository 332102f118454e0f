//! A non-recursive view of the tree's shape: `children` lists the direct child nodes of a node,
//! so passes that must not recurse on the Rust stack (the nesting-depth guard) can walk it
//! with an explicit stack.

use super::*;

/// A reference to any node that can contain other nodes.
#[derive(Clone, Copy)]
pub enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
}

impl<'a> Node<'a> {
    /// Pushes the direct children of this node onto `out` (in no particular order).
    pub fn children(self, out: &mut Vec<Node<'a>>) {
        match self {
            Node::Stmt(stmt) => stmt_children(stmt, out),
            Node::Expr(expr) => expr_children(expr, out),
            Node::Pattern(pattern) => pattern_children(pattern, out),
        }
    }
}

fn exprs<'a>(exprs: impl IntoIterator<Item = &'a Expr>, out: &mut Vec<Node<'a>>) {
    out.extend(exprs.into_iter().map(Node::Expr));
}

fn stmts<'a>(stmts: &'a [Stmt], out: &mut Vec<Node<'a>>) {
    out.extend(stmts.iter().map(Node::Stmt));
}

fn arguments<'a>(args: &'a Arguments, out: &mut Vec<Node<'a>>) {
    let all = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs);
    let all = all.chain(&args.vararg).chain(&args.kwarg);
    exprs(all.filter_map(|arg| arg.annotation.as_ref()), out);
    exprs(&args.defaults, out);
    exprs(args.kw_defaults.iter().flatten(), out);
}

fn comprehensions<'a>(generators: &'a [Comprehension], out: &mut Vec<Node<'a>>) {
    for generator in generators {
        exprs([&generator.target, &generator.iter], out);
        exprs(&generator.ifs, out);
    }
}

fn stmt_children<'a>(stmt: &'a Stmt, out: &mut Vec<Node<'a>>) {
    match &stmt.kind {
        StmtKind::Expr(value) => exprs([value], out),
        StmtKind::Assign { targets, value } => {
            exprs(targets, out);
            exprs([value], out);
        }
        StmtKind::AugAssign { target, value, .. } => exprs([target, value], out),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs([target, annotation], out);
            exprs(value, out);
        }
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Return(value) => exprs(value, out),
        StmtKind::Raise { exc, cause } => exprs(exc.iter().chain(cause), out),
        StmtKind::Delete(targets) => exprs(targets, out),
        StmtKind::Assert { test, msg } => exprs(std::iter::once(test).chain(msg), out),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs([test], out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            exprs([target, iter], out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            stmts(body, out);
            for handler in handlers {
                exprs(&handler.typ, out);
                stmts(&handler.body, out);
            }
            stmts(orelse, out);
            stmts(finalbody, out);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                exprs(std::iter::once(&item.context_expr).chain(&item.optional_vars), out);
            }
            stmts(body, out);
        }
        StmtKind::FunctionDef(def) => {
            exprs(&def.decorators, out);
            arguments(&def.args, out);
            exprs(&def.returns, out);
            stmts(&def.body, out);
        }
        StmtKind::ClassDef(class) => {
            exprs(&class.decorators, out);
            exprs(&class.bases, out);
            exprs(class.keywords.iter().map(|k| &k.value), out);
            stmts(&class.body, out);
        }
        StmtKind::Match { subject, cases } => {
            exprs([subject], out);
            for case in cases {
                out.push(Node::Pattern(&case.pattern));
                exprs(&case.guard, out);
                stmts(&case.body, out);
            }
        }
    }
}

fn expr_children<'a>(expr: &'a Expr, out: &mut Vec<Node<'a>>) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => exprs(values, out),
        ExprKind::NamedExpr { target, value } => exprs([&**target, &**value], out),
        ExprKind::BinOp { left, right, .. } => exprs([&**left, &**right], out),
        ExprKind::UnaryOp { operand, .. } => exprs([&**operand], out),
        ExprKind::Lambda { args, body } => {
            arguments(args, out);
            exprs([&**body], out);
        }
        ExprKind::IfExp { test, body, orelse } => exprs([&**test, &**body, &**orelse], out),
        ExprKind::Dict { keys, values } => {
            exprs(keys.iter().flatten(), out);
            exprs(values, out);
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => exprs(elts, out),
        ExprKind::JoinedStr(values) => exprs(values, out),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            exprs([&**elt], out);
            comprehensions(generators, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            exprs([&**key, &**value], out);
            comprehensions(generators, out);
        }
        ExprKind::Await(value)
        | ExprKind::YieldFrom(value)
        | ExprKind::Starred(value)
        | ExprKind::Attribute { value, .. } => exprs([&**value], out),
        ExprKind::Yield(value) => exprs(value.as_deref(), out),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            exprs([&**left], out);
            exprs(comparators, out);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            exprs([&**func], out);
            exprs(args, out);
            exprs(keywords.iter().map(|k| &k.value), out);
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => exprs(std::iter::once(&**value).chain(format_spec.as_deref()), out),
        ExprKind::Subscript { value, slice } => exprs([&**value, &**slice], out),
        ExprKind::Slice { lower, upper, step } => {
            exprs([lower, upper, step].into_iter().flatten().map(|e| &**e), out)
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
    }
}

fn pattern_children<'a>(pattern: &'a Pattern, out: &mut Vec<Node<'a>>) {
    let patterns = |ps: &'a [Pattern], out: &mut Vec<Node<'a>>| {
        out.extend(ps.iter().map(Node::Pattern));
    };
    match &pattern.kind {
        PatternKind::MatchValue(value) => exprs([value], out),
        PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => {}
        PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => patterns(ps, out),
        PatternKind::MatchMapping {
            keys, patterns: ps, ..
        } => {
            exprs(keys, out);
            patterns(ps, out);
        }
        PatternKind::MatchClass {
            cls,
            patterns: ps,
            kwd_patterns,
            ..
        } => {
            exprs([cls], out);
            patterns(ps, out);
            patterns(kwd_patterns, out);
        }
        PatternKind::MatchAs { pattern, .. } => {
            out.extend(pattern.as_deref().map(Node::Pattern));
        }
    }
}

/// How deep the tree may nest. CPython stops compiling at about 3000 levels ("maximum
/// recursion depth exceeded during compilation"); every recursive pass over a tree that passed
/// this guard stays within a bounded Rust stack.
pub const MAX_DEPTH: usize = 3000;

/// The span of the first node found nested deeper than `MAX_DEPTH`, walking without recursion.
pub fn too_deep(module: &Module) -> Option<Span> {
    let mut stack: Vec<(Node, usize)> = module.body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    let mut children = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Some(match node {
                Node::Stmt(s) => s.span,
                Node::Expr(e) => e.span,
                Node::Pattern(p) => p.span,
            });
        }
        node.children(&mut children);
        stack.extend(children.drain(..).map(|child| (child, depth + 1)));
    }
    None
}
