//! Unit tests of the lexer (shared helpers here, tests in `tests/`): token kinds and values,
//! layout spans, soft keywords, every error message (checked against CPython 3.11), `dump_tokens`
//! snapshots, and no-panic sweeps.

mod errors;
mod literals;
mod sweeps;
mod tokens;

use super::*;
use crate::ast::Int;
use crate::diagnostics::ErrorKind;
use crate::span::Span;
use crate::token::FStringTok;

/// The tokens of `source`, which must lex.
pub(super) fn toks(source: &str) -> Vec<Tok<'_>> {
    Lexer::new(source)
        .map(|item| match item {
            Ok((_, tok, _)) => tok,
            Err(e) => panic!("{source:?} failed: {e:?}"),
        })
        .collect()
}

/// The tokens of `source` with their spans.
pub(super) fn spanned(source: &str) -> Vec<(usize, Tok<'_>, usize)> {
    Lexer::new(source)
        .map(|item| item.unwrap_or_else(|e| panic!("{source:?} failed: {e:?}")))
        .collect()
}

/// The error that ends lexing `source`; the stream must end right after it.
pub(super) fn err(source: &str) -> SyntaxError {
    let mut lexer = Lexer::new(source);
    for item in lexer.by_ref() {
        if let Err(e) = item {
            assert!(lexer.next().is_none(), "{source:?}: tokens after the error");
            return e;
        }
    }
    panic!("{source:?} lexed without error")
}

/// The single value token of an expression line: `toks("x")[0]`.
pub(super) fn one(source: &str) -> Tok<'_> {
    let tokens = toks(source);
    assert_eq!(tokens.len(), 2, "{source:?}: {tokens:?}");
    tokens[0].clone()
}

pub(super) fn int(v: i64) -> Tok<'static> {
    Tok::Int(Int::Small(v))
}

pub(super) fn s(v: &str) -> Tok<'static> {
    Tok::Str(v.to_string())
}

pub(super) use Tok::*;
