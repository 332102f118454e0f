//! `case` patterns. The grammar has its own pattern productions (a pattern is not an
//! expression: `as`, `|` and `*rest` mean other things there); these builders make the
//! `ast::Pattern`s and reject, with CPython's messages, what the productions let through.

use crate::ast::{BinOp, Constant, Expr, ExprKind, Identifier, Pattern, PatternKind, UnaryOp};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::nodes::Spanned;

/// One item of a mapping pattern.
pub enum MappingItem {
    Pair(Expr, Pattern),
    Rest(Spanned<Identifier>),
}

/// One argument of a class pattern.
pub enum PatternArg {
    Positional(Pattern),
    Keyword(Identifier, Pattern),
}

fn pattern(kind: PatternKind, span: Span) -> Pattern {
    Pattern { kind, span }
}

/// `_` is the wildcard, never a name to bind.
fn binding(id: Identifier) -> Option<Identifier> {
    (id.name != "_").then_some(id)
}

pub fn capture(id: Identifier) -> Pattern {
    let span = id.span;
    pattern(
        PatternKind::MatchAs {
            pattern: None,
            name: binding(id),
        },
        span,
    )
}

pub fn value(expr: Expr) -> Pattern {
    let span = expr.span;
    pattern(PatternKind::MatchValue(expr), span)
}

pub fn star(s: Spanned<Identifier>) -> Pattern {
    pattern(PatternKind::MatchStar(binding(s.node)), s.span)
}

pub fn group(s: Spanned<Pattern>) -> Pattern {
    s.node
}

pub fn sequence(span: Span, patterns: Vec<Pattern>) -> Pattern {
    pattern(PatternKind::MatchSequence(patterns), span)
}

/// `case a, *rest:` and `case (a, b):`: a sequence written with commas.
pub fn open_sequence(s: Spanned<(Vec<Pattern>, Option<Pattern>)>) -> Pattern {
    let (mut patterns, last) = s.node;
    patterns.extend(last);
    sequence(s.span, patterns)
}

pub fn paren_sequence(s: Spanned<(Vec<Pattern>, Option<Pattern>)>) -> Pattern {
    open_sequence(s)
}

pub fn or_pattern(s: Spanned<(Pattern, Vec<Pattern>)>) -> Pattern {
    let (first, rest) = s.node;
    let mut alternatives = Vec::with_capacity(rest.len() + 1);
    alternatives.push(first);
    alternatives.extend(rest);
    pattern(PatternKind::MatchOr(alternatives), s.span)
}

pub fn as_pattern(s: Spanned<(Pattern, Identifier)>) -> Result<Pattern, SyntaxError> {
    let (inner, name) = s.node;
    if name.name == "_" {
        return Err(SyntaxError::new(
            "weft::syntax::wildcard_target",
            "cannot use '_' as a target",
            name.span,
        )
        .label("`_` is the wildcard and binds nothing")
        .help("pick a real name after `as`, or drop `as _`"));
    }
    let kind = PatternKind::MatchAs {
        pattern: Some(Box::new(inner)),
        name: Some(name),
    };
    Ok(pattern(kind, s.span))
}

/// A literal pattern: `None`/`True`/`False` compare by identity, the rest by `==`.
pub fn literal(expr: Expr) -> Result<Pattern, SyntaxError> {
    check_literal(&expr)?;
    let span = expr.span;
    Ok(match expr.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => {
            pattern(PatternKind::MatchSingleton(c), span)
        }
        _ => pattern(PatternKind::MatchValue(expr), span),
    })
}

/// Rejects f-strings and complex literals that are not `real ± imaginary`.
fn check_literal(expr: &Expr) -> Result<(), SyntaxError> {
    match &expr.kind {
        ExprKind::JoinedStr(_) => Err(SyntaxError::new(
            "weft::syntax::fstring_pattern",
            "patterns may only match literals and attribute lookups",
            expr.span,
        )
        .label("an f-string is computed, not a literal")
        .help("match a plain string, or capture the value and compare it in an `if` guard")),
        ExprKind::BinOp {
            left,
            op: BinOp::Add | BinOp::Sub,
            right,
        } => {
            if !is_real(left) {
                return Err(complex_error(
                    "real number required in complex literal",
                    left.span,
                ));
            }
            if !matches!(right.kind, ExprKind::Constant(Constant::Imaginary(_))) {
                return Err(complex_error(
                    "imaginary number required in complex literal",
                    right.span,
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn is_real(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Constant(Constant::Int(_) | Constant::Float(_)) => true,
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => is_real(operand),
        _ => false,
    }
}

fn complex_error(message: &str, span: Span) -> SyntaxError {
    SyntaxError::new("weft::syntax::complex_pattern", message, span)
        .label("a complex literal in a pattern is written `real + imaginary`, like `1 + 2j`")
}

pub fn mapping(span: Span, items: Vec<MappingItem>) -> Result<Pattern, SyntaxError> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest: Option<Identifier> = None;
    for item in items {
        if let Some(rest) = &rest {
            return Err(SyntaxError::new(
                "weft::syntax::mapping_rest_not_last",
                "invalid syntax",
                rest.span,
            )
            .label("`**rest` must be the last item of a mapping pattern")
            .help("move `**rest` to the end"));
        }
        match item {
            MappingItem::Pair(key, value) => {
                check_literal(&key)?;
                keys.push(key);
                patterns.push(value);
            }
            MappingItem::Rest(name) if name.node.name == "_" => {
                return Err(SyntaxError::new(
                    "weft::syntax::wildcard_target",
                    "invalid syntax",
                    name.span,
                )
                .label("`**_` would bind nothing")
                .help("drop `**_`: a mapping pattern already ignores extra keys"));
            }
            MappingItem::Rest(name) => rest = Some(name.node),
        }
    }
    Ok(pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        span,
    ))
}

pub fn class(s: Spanned<(Expr, Vec<PatternArg>)>) -> Result<Pattern, SyntaxError> {
    let (cls, args) = s.node;
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for arg in args {
        match arg {
            PatternArg::Positional(p) if !kwd_attrs.is_empty() => {
                return Err(SyntaxError::new(
                    "weft::syntax::positional_pattern_after_keyword",
                    "positional patterns follow keyword patterns",
                    p.span,
                )
                .label("this positional pattern comes after a keyword pattern")
                .help("put positional patterns first: `Point(0, y=1)`"));
            }
            PatternArg::Positional(p) => patterns.push(p),
            PatternArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    let kind = PatternKind::MatchClass {
        cls,
        patterns,
        kwd_attrs,
        kwd_patterns,
    };
    Ok(pattern(kind, s.span))
}
