//! The parser: source text in, `ast` out, or one `SyntaxError`.
//!
//! The lexer's tokens are collected (up to its first error, which is replayed at its place so
//! an earlier syntax error still wins, as in CPython), one mode-marker token is put in front
//! (module, REPL entry or expression: one grammar serves all three), and the generated LALR
//! parser of `grammar/python.lalrpop` reads them. Its errors become readable diagnostics in
//! `errors`. The only rewrite of the stream is `mark_with_groups`, which gives the parser the
//! one piece of lookahead LR(1) lacks.

mod args;
mod compound;
mod depth;
pub use depth::MAX_DEPTH;
mod errors;
mod fstring;
mod nodes;
mod params;
mod patterns;
mod statements;
#[cfg(test)]
mod tests;
mod vocabulary;

use lalrpop_util::ParseError;

use crate::ast::{Expr, Module, Stmt, StmtKind};
use crate::diagnostics::{ErrorKind, SyntaxError};
use crate::lexer::Lexer;
use crate::span::Span;
use crate::token::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    python,
    "/python.rs"
);

/// A token as the grammar sees it: a lexer token, or the `(` that opens the item group of
/// `with (a as b, c as d):`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Token<'s> {
    Lexed(Tok<'s>),
    WithGroup,
}

/// What the grammar's single entry produced, by mode marker.
#[derive(Debug)]
pub(crate) enum Top {
    Statements(Vec<Stmt>),
    Expression(Expr),
}

type Triple<'s> = (usize, Token<'s>, usize);

/// Parses a whole file.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let top = parse(source, Tok::StartModule, || Lexer::new(source), 0)?;
    Ok(module(source, top))
}

/// Parses one REPL entry: the statement (or `;`-separated statements) of one input.
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    let top = parse(source, Tok::StartInteractive, || Lexer::new(source), 0)?;
    Ok(module(source, top))
}

/// Parses an expression, as `eval()` does (a bare tuple `a, b` is allowed).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    expression(parse(
        source,
        Tok::StartExpression,
        || Lexer::new(source),
        0,
    )?)
}

/// Parses the expression of an f-string field: `text` starts at byte `offset` of the file, so
/// the spans of the result (and of any error) point into the file.
pub(crate) fn parse_fstring_field(text: &str, offset: usize) -> Result<Expr, SyntaxError> {
    let lexer = || Lexer::for_fstring_field(text, offset);
    let top = parse(text, Tok::StartExpression, lexer, 1);
    top.and_then(expression).map_err(|error| {
        if error.message.starts_with("f-string") || error.kind != ErrorKind::Syntax {
            error
        } else {
            SyntaxError {
                message: format!("f-string: {}", error.message),
                ..error
            }
        }
    })
}

/// The expression of an expression-mode parse (the only thing its marker can produce).
fn expression(top: Top) -> Result<Expr, SyntaxError> {
    match top {
        Top::Expression(expr) => Ok(expr),
        Top::Statements(body) => {
            let span = body.first().map_or(Span::default(), |s| s.span);
            Err(SyntaxError::new(
                "weft::syntax::invalid_syntax",
                "expected an expression",
                span,
            ))
        }
    }
}

/// The module of a statement-mode parse (an expression would be its only statement).
fn module(source: &str, top: Top) -> Module {
    let body = match top {
        Top::Statements(body) => body,
        Top::Expression(expr) => {
            let span = expr.span;
            vec![Stmt::new(StmtKind::Expr(expr), span)]
        }
    };
    Module {
        body,
        span: Span::new(0, source.len()),
    }
}

/// Lexes everything up to the first lexer error, then runs the parser over the tokens.
/// `lexer` makes the token stream (called again to explain an error).
/// `nesting` counts the brackets around the whole input (1 for an f-string field).
fn parse<'s, L>(
    source: &'s str,
    marker: Tok<'s>,
    lexer: impl Fn() -> L,
    nesting: i64,
) -> Result<Top, SyntaxError>
where
    L: Iterator<Item = Result<(usize, Tok<'s>, usize), SyntaxError>>,
{
    let (lexed, lex_error) = collect(lexer());
    let mut tokens: Vec<Triple<'s>> = Vec::with_capacity(lexed.len() + 1);
    tokens.push((0, Token::Lexed(marker.clone()), 0));
    tokens.extend(lexed.into_iter().map(|(l, t, r)| (l, Token::Lexed(t), r)));
    mark_with_groups(&mut tokens);
    depth::check(&tokens)?;
    let stream = tokens.into_iter().map(Ok).chain(lex_error.map(Err));
    python::TopParser::new()
        .parse(stream)
        .map_err(|error| match error {
            ParseError::User { error } => error,
            other => explain(source, marker, collect(lexer()).0, nesting, other),
        })
}

/// The lexer's tokens until its first error (returned apart).
fn collect<'s>(
    lexer: impl Iterator<Item = Result<(usize, Tok<'s>, usize), SyntaxError>>,
) -> (Vec<(usize, Tok<'s>, usize)>, Option<SyntaxError>) {
    let mut tokens = Vec::new();
    for item in lexer {
        match item {
            Ok(token) => tokens.push(token),
            Err(error) => return (tokens, Some(error)),
        }
    }
    (tokens, None)
}

/// Turns a parser error into a diagnostic. Errors are rare, so the context it needs (the
/// tokens around the failure) is rebuilt here by lexing again rather than kept on the way.
fn explain<'s>(
    source: &'s str,
    marker: Tok<'s>,
    lexed: Vec<(usize, Tok<'s>, usize)>,
    nesting: i64,
    error: ParseError<usize, Token<'s>, SyntaxError>,
) -> SyntaxError {
    let mut tokens = Vec::with_capacity(lexed.len() + 1);
    tokens.push((0, marker, 0));
    tokens.extend(lexed);
    errors::explain(source, &tokens, nesting, error)
}

/// `with (a as b, c as d):` and `with (a, b) as c:` start alike; CPython's PEG parser tries
/// the parenthesized item group first and backtracks. LR(1) cannot wait that long, so the `(`
/// right after `with` whose matching `)` is directly followed by `:` becomes `WithGroup`.
/// Each scan stops at its `)`, and no `with` can sit inside brackets: linear overall.
fn mark_with_groups(tokens: &mut [Triple<'_>]) {
    for i in 1..tokens.len() {
        let is_group_start = matches!(tokens[i - 1].1, Token::Lexed(Tok::With))
            && matches!(tokens[i].1, Token::Lexed(Tok::LPar));
        if is_group_start && closes_before_colon(&tokens[i..]) {
            tokens[i].1 = Token::WithGroup;
        }
    }
}

/// Whether the `(` at `tokens[0]` is closed by a `)` that a `:` directly follows.
fn closes_before_colon(tokens: &[Triple<'_>]) -> bool {
    let mut depth = 0usize;
    for (i, (_, token, _)) in tokens.iter().enumerate() {
        match token {
            Token::Lexed(Tok::LPar | Tok::LSqb | Tok::LBrace) => depth += 1,
            Token::Lexed(Tok::RPar | Tok::RSqb | Tok::RBrace) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return matches!(tokens.get(i + 1), Some((_, Token::Lexed(Tok::Colon), _)));
                }
            }
            Token::Lexed(Tok::Newline) => return false,
            _ => {}
        }
    }
    false
}
