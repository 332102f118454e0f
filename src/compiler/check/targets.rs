//! Assignment, deletion and annotation targets, checked the way CPython's parser checks them:
//! the first invalid target of the first offending statement, with CPython's wording, including
//! its guess that `1 = x` meant `1 == x` (made only where its grammar would make it, see
//! `maybe_comparison`). Takes the module; gives the first error or nothing.
//!
//! Invariant: statements are checked in source order, a statement's own targets before the
//! expressions inside it.

use crate::ast::*;
use crate::diagnostics::SyntaxError;

type Result = std::result::Result<(), SyntaxError>;

pub(in crate::compiler) fn check(module: &Module) -> Result {
    stmts(&module.body)
}

/// CPython's name for an expression in "cannot assign to ..." messages.
pub(super) fn expr_name(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `target` that cannot be assigned to (or deleted, with `delete`).
fn invalid_target(target: &Expr, delete: bool) -> Option<&Expr> {
    match &target.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|e| invalid_target(e, delete))
        }
        ExprKind::Starred(_) if delete => Some(target),
        ExprKind::Starred(value) => invalid_target(value, delete),
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(target),
    }
}

fn cannot_assign(bad: &Expr) -> SyntaxError {
    let name = expr_name(bad);
    let (label, help) = match &bad.kind {
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => (
            format!("`{name}` is a keyword constant"),
            format!("`{name}` always means the same value; assign to a variable with another name"),
        ),
        _ => (
            format!("{} is not a place that can hold a value", with_article(name)),
            "the left side of `=` must be a name, an attribute (`obj.x`), a subscript (`items[0]`), or a tuple or list of those".to_string(),
        ),
    };
    SyntaxError::new(
        "weft::syntax::invalid_assignment_target",
        format!("cannot assign to {name}"),
        bad.span,
    )
    .label(label)
    .help(help)
}

fn check_target(target: &Expr) -> Result {
    match invalid_target(target, false) {
        Some(bad) => Err(cannot_assign(bad)),
        None => Ok(()),
    }
}

/// `a, b = ...` written without brackets: the tuple starts where its first element does.
fn is_bare_tuple(expr: &Expr) -> bool {
    matches!(&expr.kind, ExprKind::Tuple(elts) if elts.first().is_some_and(|e| e.span.start == expr.span.start))
}

/// How much of `expr` CPython's `bitwise_or` rule would parse from its start: the end of that
/// prefix, and whether it is the whole expression. `None` when `expr` does not start with one
/// (`not x`, `lambda: x`, `*x`, `yield x`).
fn bitwise_or_prefix(expr: &Expr) -> Option<(usize, bool)> {
    let part = |e: &Expr| bitwise_or_prefix(e).map(|(end, _)| (end, false));
    match &expr.kind {
        ExprKind::Compare { left, .. } => part(left),
        ExprKind::BoolOp { values, .. } => values.first().and_then(part),
        ExprKind::IfExp { body, .. } => part(body),
        ExprKind::Tuple(elts) if is_bare_tuple(expr) => elts.first().and_then(part),
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        }
        | ExprKind::Lambda { .. }
        | ExprKind::Starred(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => None,
        _ => Some((expr.span.end, true)),
    }
}

/// CPython's `invalid_named_expression` guess: a target followed by `=` and a value that is
/// not itself followed by `=` reads as a mistyped comparison (`if x = 1`, `1 = x`).
fn maybe_comparison(
    target: &Expr,
    parenthesized: bool,
    next_prefix: Option<(usize, bool)>,
    next_is_target: bool,
) -> Option<SyntaxError> {
    let (end, whole) = next_prefix?;
    if whole && next_is_target {
        return None;
    }
    if matches!(target.kind, ExprKind::Name(_)) && !parenthesized {
        return Some(
            SyntaxError::new(
                "weft::syntax::maybe_comparison",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(target.span.start, end),
            )
            .label("this `=` is inside an expression")
            .help("use `==` to compare, `:=` to assign inside an expression, or split the assignment into its own statement"),
        );
    }
    let excluded = match &target.kind {
        ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => !parenthesized,
        _ => false,
    };
    let is_atom = parenthesized || bitwise_or_prefix(target).is_some_and(|(_, whole)| whole);
    if excluded || !is_atom {
        return None;
    }
    Some(
        SyntaxError::new(
            "weft::syntax::invalid_assignment_target",
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(target)
            ),
            target.span,
        )
        .label(format!(
            "{} cannot be assigned to",
            with_article(expr_name(target))
        ))
        .help("`=` assigns a value to a name; to compare two values, use `==`"),
    )
}

fn assign(targets: &[Expr], value: &Expr, stmt: Span) -> Result {
    let Some(bad) = targets.iter().find_map(|t| invalid_target(t, false)) else {
        return Ok(());
    };
    // The first target is parsed again as an expression (each element, when it is a bare
    // tuple); only the one right before `=` can look like a comparison.
    let (next, next_is_target) = match targets.get(1) {
        Some(target) => (target, true),
        None => (value, false),
    };
    // `1 = (yield)`: a yield value closed by a parenthesis is an atom to CPython's parser.
    let paren_yield = !next_is_target
        && matches!(value.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
        && stmt.end > value.span.end;
    let first = &targets[0];
    let candidate = match &first.kind {
        ExprKind::Tuple(elts) if is_bare_tuple(first) => elts
            .last()
            .filter(|last| last.span.end == first.span.end)
            .filter(|last| !matches!(last.kind, ExprKind::Starred(_)))
            .map(|last| (last, false)),
        _ => Some((first, first.span.start > stmt.start)),
    };
    if let Some((target, parenthesized)) = candidate {
        let next_prefix = match paren_yield {
            true => Some((value.span.end, true)),
            false => bitwise_or_prefix(next),
        };
        if let Some(error) = maybe_comparison(target, parenthesized, next_prefix, next_is_target) {
            return Err(error);
        }
    }
    Err(cannot_assign(bad))
}

fn aug_assign(target: &Expr) -> Result {
    if matches!(
        target.kind,
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
    ) {
        return Ok(());
    }
    let name = expr_name(target);
    let help = match target.kind {
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            "augmented assignment updates one target; write one statement per variable, like `a += 1` then `b += 1`"
        }
        _ => "the left side of `+=` (and the other augmented assignments) must be a name, an attribute or a subscript",
    };
    Err(SyntaxError::new(
        "weft::syntax::invalid_augmented_target",
        format!("'{name}' is an illegal expression for augmented assignment"),
        target.span,
    )
    .label(format!("{} cannot be updated in place", with_article(name)))
    .help(help))
}

fn ann_assign(target: &Expr) -> Result {
    let (message, span) = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            return Ok(())
        }
        ExprKind::Tuple(elts) => {
            let span = match elts.first() {
                Some(first) if is_bare_tuple(target) => first.span,
                _ => target.span,
            };
            ("only single target (not tuple) can be annotated", span)
        }
        ExprKind::List(_) => (
            "only single target (not list) can be annotated",
            target.span,
        ),
        _ => ("illegal target for annotation", target.span),
    };
    Err(
        SyntaxError::new("weft::syntax::invalid_annotation_target", message, span)
            .label("this cannot be annotated")
            .help("annotate one name, attribute or subscript at a time: `x: int = 0`"),
    )
}

fn delete(target: &Expr) -> Result {
    let Some(bad) = invalid_target(target, true) else {
        return Ok(());
    };
    let name = expr_name(bad);
    Err(SyntaxError::new(
        "weft::syntax::invalid_delete_target",
        format!("cannot delete {name}"),
        bad.span,
    )
    .label(format!("{} cannot be deleted", with_article(name)))
    .help("`del` removes a name, an attribute (`del obj.x`) or an item (`del items[0]`)"))
}

fn stmts(body: &[Stmt]) -> Result {
    body.iter().try_for_each(stmt)
}

fn stmt(stmt: &Stmt) -> Result {
    match &stmt.kind {
        StmtKind::Expr(value) => expr(value),
        StmtKind::Assign { targets, value } => {
            assign(targets, value, stmt.span)?;
            exprs(targets)?;
            expr(value)
        }
        StmtKind::AugAssign { target, value, .. } => {
            aug_assign(target)?;
            expr(target)?;
            expr(value)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            ann_assign(target)?;
            expr(target)?;
            expr(annotation)?;
            opt(value.as_ref())
        }
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => Ok(()),
        StmtKind::Return(value) => opt(value.as_ref()),
        StmtKind::Raise { exc, cause } => {
            opt(exc.as_ref())?;
            opt(cause.as_ref())
        }
        StmtKind::Delete(targets) => {
            targets.iter().try_for_each(delete)?;
            exprs(targets)
        }
        StmtKind::Assert { test, msg } => {
            expr(test)?;
            opt(msg.as_ref())
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test)?;
            stmts(body)?;
            stmts(orelse)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            check_target(target)?;
            expr(target)?;
            expr(iter)?;
            stmts(body)?;
            stmts(orelse)
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            stmts(body)?;
            for handler in handlers {
                opt(handler.typ.as_ref())?;
                stmts(&handler.body)?;
            }
            stmts(orelse)?;
            stmts(finalbody)
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                expr(&item.context_expr)?;
                if let Some(vars) = &item.optional_vars {
                    check_target(vars)?;
                    expr(vars)?;
                }
            }
            stmts(body)
        }
        StmtKind::FunctionDef(def) => {
            exprs(&def.decorators)?;
            arguments(&def.args)?;
            opt(def.returns.as_ref())?;
            stmts(&def.body)
        }
        StmtKind::ClassDef(class) => {
            exprs(&class.decorators)?;
            exprs(&class.bases)?;
            class.keywords.iter().try_for_each(|k| expr(&k.value))?;
            stmts(&class.body)
        }
        StmtKind::Match { subject, cases } => {
            expr(subject)?;
            for case in cases {
                opt(case.guard.as_ref())?;
                stmts(&case.body)?;
            }
            Ok(())
        }
    }
}

fn arguments(args: &Arguments) -> Result {
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for arg in all {
        opt(arg.annotation.as_ref())?;
    }
    exprs(&args.defaults)?;
    args.kw_defaults.iter().flatten().try_for_each(expr)
}

fn opt(value: Option<&Expr>) -> Result {
    value.map_or(Ok(()), expr)
}

fn exprs(values: &[Expr]) -> Result {
    values.iter().try_for_each(expr)
}

fn expr(e: &Expr) -> Result {
    match &e.kind {
        ExprKind::NamedExpr { target, value } => {
            if !matches!(target.kind, ExprKind::Name(_)) {
                let name = expr_name(target);
                return Err(SyntaxError::new(
                    "weft::syntax::invalid_walrus_target",
                    format!("cannot use assignment expressions with {name}"),
                    target.span,
                )
                .label(format!("`:=` cannot assign to a {name}"))
                .help("`:=` binds a plain name; use an `=` statement to assign to anything else"));
            }
            expr(value)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            if matches!(elt.kind, ExprKind::Starred(_)) {
                return Err(SyntaxError::new(
                    "weft::syntax::unpacking_in_comprehension",
                    "iterable unpacking cannot be used in comprehension",
                    elt.span,
                )
                .label("`*` unpacking as the element of a comprehension")
                .help("each step of a comprehension produces one element; to flatten, add another `for`: `[x for xs in rows for x in xs]`"));
            }
            expr(elt)?;
            comprehensions(generators)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            expr(key)?;
            expr(value)?;
            comprehensions(generators)
        }
        ExprKind::BoolOp { values, .. } => exprs(values),
        ExprKind::BinOp { left, right, .. } => {
            expr(left)?;
            expr(right)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            expr(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(body)?;
            expr(test)?;
            expr(orelse)
        }
        ExprKind::Dict { keys, values } => {
            for (key, value) in keys.iter().zip(values) {
                opt(key.as_ref())?;
                expr(value)?;
            }
            Ok(())
        }
        ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => exprs(elts),
        ExprKind::JoinedStr(values) => exprs(values),
        ExprKind::Await(value)
        | ExprKind::YieldFrom(value)
        | ExprKind::Starred(value)
        | ExprKind::Attribute { value, .. } => expr(value),
        ExprKind::Yield(value) => opt(value.as_deref()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left)?;
            exprs(comparators)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func)?;
            exprs(args)?;
            keywords.iter().try_for_each(|k| expr(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            expr(value)?;
            opt(format_spec.as_deref())
        }
        ExprKind::Subscript { value, slice } => {
            expr(value)?;
            expr(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            opt(lower.as_deref())?;
            opt(upper.as_deref())?;
            opt(step.as_deref())
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
    }
}

fn comprehensions(generators: &[Comprehension]) -> Result {
    for generator in generators {
        check_target(&generator.target)?;
        expr(&generator.target)?;
        expr(&generator.iter)?;
        exprs(&generator.ifs)?;
    }
    Ok(())
}

/// "a literal", "an f-string expression", "an await expression".
fn with_article(name: &str) -> String {
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) || name.starts_with("f-") {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}
