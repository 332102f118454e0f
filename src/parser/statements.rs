//! Simple-statement builders for the grammar's actions: assignments, `raise`, imports. The
//! compound statements are in `compound`.

use crate::ast::{Alias, BinOp, Expr, ExprKind, Identifier, Stmt, StmtKind};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::nodes::Spanned;

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
