//! Statement builders for the grammar's actions. A compound statement's span runs from its
//! first keyword to the end of its last body statement (as in CPython), never over the
//! NEWLINE/DEDENT tokens that close the block.

use crate::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Identifier, MatchCase,
    Pattern, Stmt, StmtKind, WithItem,
};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::args::{self, ArgItem};
use super::nodes::Spanned;

/// What follows an `if` block: an `elif` (itself an `If` statement) or an `else` block.
pub enum IfTail {
    Elif(Box<Stmt>),
    Else(Vec<Stmt>),
}

/// `from <dots><module> import ...`: the level and module.
pub struct ImportFrom {
    pub level: usize,
    pub module: Option<Identifier>,
}

pub fn stmt(s: Spanned<StmtKind>) -> Stmt {
    Stmt::new(s.node, s.span)
}

pub fn extend(mut body: Vec<Stmt>, more: Vec<Stmt>) -> Vec<Stmt> {
    body.extend(more);
    body
}

/// Where a statement ending in `body` ends.
fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end)
}

pub fn raise(parts: Option<(Expr, Option<Expr>)>) -> StmtKind {
    match parts {
        Some((exc, cause)) => StmtKind::Raise {
            exc: Some(exc),
            cause,
        },
        None => StmtKind::Raise {
            exc: None,
            cause: None,
        },
    }
}

/// `a = b = value`: every `=` but the last separates targets.
pub fn assign(first: Expr, mut rest: Vec<Expr>) -> StmtKind {
    let Some(value) = rest.pop() else {
        return StmtKind::Expr(first);
    };
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    StmtKind::Assign { targets, value }
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr) -> StmtKind {
    StmtKind::AugAssign { target, op, value }
}

/// `target: annotation [= value]`. `start` is where the statement starts: a bare name that
/// starts there was not parenthesized, which makes the annotation `simple`.
pub fn ann_assign(
    start: usize,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> Result<StmtKind, SyntaxError> {
    let what = match target.kind {
        ExprKind::Tuple(_) => Some("tuple"),
        ExprKind::List(_) => Some("list"),
        _ => None,
    };
    if let Some(what) = what {
        return Err(SyntaxError::new(
            "weft::syntax::annotated_tuple",
            format!("only single target (not {what}) can be annotated"),
            target.span,
        )
        .label("several targets cannot share one annotation")
        .help("annotate each name on its own line: `a: int` then `b: int`"));
    }
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start == start;
    Ok(StmtKind::AnnAssign {
        target,
        annotation,
        value,
        simple,
    })
}

pub fn dotted(s: Spanned<Vec<&str>>) -> Identifier {
    Identifier {
        name: s.node.join("."),
        span: s.span,
    }
}

pub fn alias(s: Spanned<(Identifier, Option<Identifier>)>) -> Alias {
    let (name, asname) = s.node;
    Alias {
        name,
        asname,
        span: s.span,
    }
}

pub fn star_alias(span: Span) -> Alias {
    let name = Identifier {
        name: "*".to_string(),
        span,
    };
    Alias {
        name,
        asname: None,
        span,
    }
}

pub fn import_location(dots: Vec<usize>, module: Option<Identifier>) -> ImportFrom {
    ImportFrom {
        level: dots.iter().sum(),
        module,
    }
}

pub fn import_from(from: ImportFrom, names: Vec<Alias>) -> StmtKind {
    StmtKind::ImportFrom {
        module: from.module,
        names,
        level: from.level,
    }
}

pub fn if_stmt(start: usize, test: Expr, body: Vec<Stmt>, tail: Option<IfTail>) -> Stmt {
    let orelse = match tail {
        Some(IfTail::Elif(elif)) => vec![*elif],
        Some(IfTail::Else(block)) => block,
        None => Vec::new(),
    };
    let end = end_of(&orelse, end_of(&body, test.span.end));
    Stmt::new(StmtKind::If { test, body, orelse }, Span::new(start, end))
}

/// `elif test: body`, an `If` statement inside the `orelse` of the one before.
pub fn elif(start: usize, test: Expr, body: Vec<Stmt>, tail: Option<IfTail>) -> IfTail {
    IfTail::Elif(Box::new(if_stmt(start, test, body, tail)))
}

pub fn while_stmt(start: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, test.span.end));
    Stmt::new(
        StmtKind::While { test, body, orelse },
        Span::new(start, end),
    )
}

pub fn for_stmt(
    start: usize,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&orelse, end_of(&body, iter.span.end));
    let kind = StmtKind::For {
        is_async,
        target,
        iter,
        body,
        orelse,
    };
    Stmt::new(kind, Span::new(start, end))
}

/// An `except` clause, with whether it was `except*`.
pub fn handler(
    start: usize,
    is_star: bool,
    typ: Option<(Expr, Option<Identifier>)>,
    body: Vec<Stmt>,
) -> (ExceptHandler, bool) {
    let (typ, name) = match typ {
        Some((typ, name)) => (Some(typ), name),
        None => (None, None),
    };
    let end = end_of(&body, start);
    let handler = ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(start, end),
    };
    (handler, is_star)
}

/// Checks the clauses of a `try`: a bare `except:` comes last, `except` and `except*` don't mix.
pub fn try_stmt(
    start: usize,
    body: Vec<Stmt>,
    clauses: Vec<(ExceptHandler, bool)>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    let is_star = clauses.first().is_some_and(|(_, star)| *star);
    if let Some((handler, _)) = clauses.iter().find(|(_, star)| *star != is_star) {
        let clause = if is_star { "except" } else { "except*" };
        return Err(SyntaxError::new(
            "weft::syntax::mixed_except_star",
            "cannot have both 'except' and 'except*' on the same 'try'",
            handler.span,
        )
        .label(format!("this '{clause}' clause mixes with the other kind"))
        .help("use only `except` or only `except*` clauses in one `try` statement"));
    }
    let last = clauses.len().saturating_sub(1);
    if let Some((handler, _)) = clauses.iter().take(last).find(|(h, _)| h.typ.is_none()) {
        return Err(SyntaxError::new(
            "weft::syntax::default_except_not_last",
            "default 'except:' must be last",
            handler.span,
        )
        .label("this clause catches everything, so the clauses after it could never run")
        .help("move the bare `except:` clause after the other `except` clauses"));
    }
    let handlers: Vec<ExceptHandler> = clauses.into_iter().map(|(h, _)| h).collect();
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let end = end_of(
        &finalbody,
        end_of(
            &orelse,
            handlers.last().map_or(end_of(&body, start), |h| h.span.end),
        ),
    );
    let kind = StmtKind::Try {
        body,
        handlers,
        orelse,
        finalbody,
        is_star,
    };
    Ok(Stmt::new(kind, Span::new(start, end)))
}

pub fn with_item(s: Spanned<(Expr, Option<Expr>)>) -> WithItem {
    let (context_expr, optional_vars) = s.node;
    WithItem {
        context_expr,
        optional_vars,
        span: s.span,
    }
}

pub fn with_stmt(start: usize, is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>) -> Stmt {
    let end = end_of(&body, start);
    let kind = StmtKind::With {
        is_async,
        items,
        body,
    };
    Stmt::new(kind, Span::new(start, end))
}

pub fn function(
    start: usize,
    is_async: bool,
    name: Identifier,
    args: crate::ast::Arguments,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Stmt {
    let end = end_of(&body, start);
    let def = FunctionDef {
        is_async,
        name,
        args,
        body,
        decorators: Vec::new(),
        returns,
    };
    Stmt::new(StmtKind::FunctionDef(Box::new(def)), Span::new(start, end))
}

pub fn class(
    start: usize,
    name: Identifier,
    args: Option<Vec<ArgItem>>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let (bases, keywords) = args::split_class(args.unwrap_or_default())?;
    let end = end_of(&body, start);
    let def = ClassDef {
        name,
        bases,
        keywords,
        body,
        decorators: Vec::new(),
    };
    Ok(Stmt::new(
        StmtKind::ClassDef(Box::new(def)),
        Span::new(start, end),
    ))
}

/// Attaches `@decorator` lines to the `def` or `class` after them (whose span stays its own).
pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(def) => def.decorators = decorators,
        StmtKind::ClassDef(def) => def.decorators = decorators,
        _ => {}
    }
    stmt
}

pub fn match_stmt(start: usize, subject: Expr, cases: Vec<MatchCase>) -> Stmt {
    let end = cases.last().map_or(subject.span.end, |c| c.span.end);
    Stmt::new(StmtKind::Match { subject, cases }, Span::new(start, end))
}

pub fn match_case(
    start: usize,
    pattern: Pattern,
    guard: Option<Expr>,
    body: Vec<Stmt>,
) -> MatchCase {
    let end = end_of(&body, start);
    MatchCase {
        pattern,
        guard,
        body,
        span: Span::new(start, end),
    }
}
