//! Compound-statement builders for the grammar's actions: `if`, `while`, `for`, `try`,
//! `with`, `def`, `class`, `match`. A compound statement's span runs from its first keyword
//! to the end of its last block's text (`Block::end`, as CPython counts it), never over the
//! NEWLINE/DEDENT tokens that close the block.

use crate::ast::{
    ClassDef, ExceptHandler, Expr, FunctionDef, Identifier, MatchCase, Pattern, Stmt, StmtKind,
    WithItem,
};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::args::{self, ArgItem};
use super::nodes::Spanned;

/// The statements of a block (or of one line) and where its text ends: after the last
/// statement, or after a trailing `;`, which CPython counts in the enclosing statement's span.
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub end: usize,
}

impl Block {
    pub fn single(stmt: Stmt) -> Block {
        let end = stmt.span.end;
        Block {
            stmts: vec![stmt],
            end,
        }
    }

    pub fn append(mut self, more: Block) -> Block {
        self.stmts.extend(more.stmts);
        self.end = more.end;
        self
    }
}

/// What follows an `if` block: an `elif` (itself an `If` statement) or an `else` block.
pub enum IfTail {
    Elif(Box<Stmt>),
    Else(Block),
}

pub fn if_stmt(start: usize, test: Expr, body: Block, tail: Option<IfTail>) -> Stmt {
    let (orelse, end) = match tail {
        Some(IfTail::Elif(elif)) => {
            let end = elif.span.end;
            (vec![*elif], end)
        }
        Some(IfTail::Else(block)) => (block.stmts, block.end),
        None => (Vec::new(), body.end),
    };
    let body = body.stmts;
    Stmt::new(StmtKind::If { test, body, orelse }, Span::new(start, end))
}

/// `elif test: body`, an `If` statement inside the `orelse` of the one before.
pub fn elif(start: usize, test: Expr, body: Block, tail: Option<IfTail>) -> IfTail {
    IfTail::Elif(Box::new(if_stmt(start, test, body, tail)))
}

/// The statements of an optional `else:` block, and where the whole statement ends.
fn orelse(body: &Block, orelse: Option<Block>) -> (Vec<Stmt>, usize) {
    orelse.map_or((Vec::new(), body.end), |b| (b.stmts, b.end))
}

pub fn while_stmt(start: usize, test: Expr, body: Block, else_block: Option<Block>) -> Stmt {
    let (orelse, end) = orelse(&body, else_block);
    let body = body.stmts;
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
    body: Block,
    else_block: Option<Block>,
) -> Stmt {
    let (orelse, end) = orelse(&body, else_block);
    let kind = StmtKind::For {
        is_async,
        target,
        iter,
        body: body.stmts,
        orelse,
    };
    Stmt::new(kind, Span::new(start, end))
}

/// An `except` clause, with whether it was `except*`.
pub fn handler(
    start: usize,
    is_star: bool,
    typ: Option<(Expr, Option<Identifier>)>,
    body: Block,
) -> (ExceptHandler, bool) {
    let (typ, name) = match typ {
        Some((typ, name)) => (Some(typ), name),
        None => (None, None),
    };
    let handler = ExceptHandler {
        typ,
        name,
        body: body.stmts,
        span: Span::new(start, body.end),
    };
    (handler, is_star)
}

/// Checks the clauses of a `try`: a bare `except:` comes last, `except` and `except*` don't mix.
pub fn try_stmt(
    start: usize,
    body: Block,
    clauses: Vec<(ExceptHandler, bool)>,
    orelse: Option<Block>,
    finalbody: Option<Block>,
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
    let handlers_end = handlers.last().map_or(body.end, |h| h.span.end);
    let end = [&finalbody, &orelse]
        .into_iter()
        .find_map(|b| b.as_ref().map(|b| b.end))
        .unwrap_or(handlers_end);
    let kind = StmtKind::Try {
        body: body.stmts,
        handlers,
        orelse: orelse.map(|b| b.stmts).unwrap_or_default(),
        finalbody: finalbody.map(|b| b.stmts).unwrap_or_default(),
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

pub fn with_stmt(start: usize, is_async: bool, items: Vec<WithItem>, body: Block) -> Stmt {
    let kind = StmtKind::With {
        is_async,
        items,
        body: body.stmts,
    };
    Stmt::new(kind, Span::new(start, body.end))
}

pub fn function(
    start: usize,
    is_async: bool,
    name: Identifier,
    args: crate::ast::Arguments,
    returns: Option<Expr>,
    body: Block,
) -> Stmt {
    let def = FunctionDef {
        is_async,
        name,
        args,
        body: body.stmts,
        decorators: Vec::new(),
        returns,
    };
    Stmt::new(
        StmtKind::FunctionDef(Box::new(def)),
        Span::new(start, body.end),
    )
}

pub fn class(
    start: usize,
    name: Identifier,
    args: Option<Vec<ArgItem>>,
    body: Block,
) -> Result<Stmt, SyntaxError> {
    let (bases, keywords) = args::split_class(args.unwrap_or_default())?;
    let def = ClassDef {
        name,
        bases,
        keywords,
        body: body.stmts,
        decorators: Vec::new(),
    };
    let span = Span::new(start, body.end);
    Ok(Stmt::new(StmtKind::ClassDef(Box::new(def)), span))
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

pub fn match_case(start: usize, pattern: Pattern, guard: Option<Expr>, body: Block) -> MatchCase {
    MatchCase {
        pattern,
        guard,
        body: body.stmts,
        span: Span::new(start, body.end),
    }
}
