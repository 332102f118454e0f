//! Call arguments (and class-header arguments): the grammar yields them in source order as
//! `ArgItem`s; `split` checks the order rules CPython's grammar enforces and sorts them into
//! `args` and `keywords`. The AST keeps the two apart, so this is the last place that still
//! knows the order.

use crate::ast::{Constant, Expr, ExprKind, Identifier, Keyword};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::nodes::Spanned;

/// One argument as written.
pub enum ArgItem {
    /// `x` or `*xs`
    Positional(Expr),
    /// `x for x in y` without its own parentheses.
    Generator(Expr),
    /// `name=value` (the name is parsed as an expression and checked here).
    Keyword(Spanned<(Expr, Expr)>),
    /// `**mapping`
    DoubleStar(Spanned<Expr>),
}

/// The state of the argument list so far, for CPython's ordering messages.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Positional,
    Keyword,
    DoubleStar,
}

/// Splits the arguments of a call whose parentheses span `parens`.
pub fn split(items: Vec<ArgItem>, parens: Span) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen = Seen::Positional;
    for item in items {
        match item {
            ArgItem::Generator(mut generator) if count == 1 => {
                // CPython gives a lone generator argument the span of the call's parentheses.
                generator.span = parens;
                args.push(generator);
            }
            ArgItem::Generator(generator) => return Err(unparenthesized_generator(generator.span)),
            ArgItem::Positional(arg) => {
                let starred = matches!(arg.kind, ExprKind::Starred(_));
                match seen {
                    Seen::DoubleStar if starred => return Err(star_after_double_star(arg.span)),
                    Seen::DoubleStar => {
                        return Err(positional_after(arg.span, "keyword argument unpacking"))
                    }
                    Seen::Keyword if !starred => {
                        return Err(positional_after(arg.span, "keyword argument"))
                    }
                    _ => {}
                }
                args.push(arg);
            }
            ArgItem::Keyword(keyword) => {
                let (target, value) = keyword.node;
                let arg = keyword_name(target, &value)?;
                if seen == Seen::Positional {
                    seen = Seen::Keyword;
                }
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span: keyword.span,
                });
            }
            ArgItem::DoubleStar(mapping) => {
                seen = Seen::DoubleStar;
                keywords.push(Keyword {
                    arg: None,
                    value: mapping.node,
                    span: mapping.span,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// Splits `class C(bases, keywords)`, where a generator is not allowed at all.
pub fn split_class(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    if let Some(ArgItem::Generator(generator)) = items
        .iter()
        .find(|item| matches!(item, ArgItem::Generator(_)))
    {
        return Err(SyntaxError::new(
            "weft::syntax::generator_in_class_bases",
            "invalid syntax",
            generator.span,
        )
        .label("a generator expression cannot list the bases of a class")
        .help("name the base classes one by one: `class C(A, B):`"));
    }
    split(items, Span::default())
}

/// The name of `name=value`: anything but a plain name is an error.
fn keyword_name(target: Expr, value: &Expr) -> Result<Identifier, SyntaxError> {
    let span = Span::new(target.span.start, value.span.start);
    match target.kind {
        ExprKind::Name(name) => Ok(Identifier {
            name,
            span: target.span,
        }),
        ExprKind::Constant(Constant::Bool(b)) => {
            Err(assign_to_keyword(if b { "True" } else { "False" }, span))
        }
        ExprKind::Constant(Constant::None) => Err(assign_to_keyword("None", span)),
        _ => Err(SyntaxError::new(
            "weft::syntax::assignment_in_expression",
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            span,
        )
        .label("only a plain name can stand before `=` in a call")
        .help(
            "to compare, write `==`; to pass a keyword argument, use a plain name: `f(name=value)`",
        )),
    }
}

fn assign_to_keyword(word: &str, span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::assign_to_keyword",
        format!("cannot assign to {word}"),
        span,
    )
    .label(format!("`{word}` is a keyword, not a parameter name"))
}

fn unparenthesized_generator(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::unparenthesized_generator",
        "Generator expression must be parenthesized",
        span,
    )
    .label("this generator expression shares the call with other arguments")
    .help("put it in its own parentheses: `f((x for x in xs), other)`")
}

fn positional_after(span: Span, what: &str) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::positional_after_keyword",
        format!("positional argument follows {what}"),
        span,
    )
    .label("this positional argument comes too late")
    .help("pass positional arguments first, then `name=value` and `**mapping` arguments")
}

fn star_after_double_star(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::star_after_double_star",
        "iterable argument unpacking follows keyword argument unpacking",
        span,
    )
    .label("`*` unpacking comes after `**` unpacking")
    .help("move the `*iterable` argument before the `**mapping` argument")
}
