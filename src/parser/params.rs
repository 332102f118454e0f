//! Parameter lists of `def` and `lambda`. The grammar accepts any comma-separated mix of
//! `name[: ann][= default]`, `*[name]`, `**name` and `/`; `build` checks CPython's ordering
//! rules, with its messages, and sorts the parameters into `ast::Arguments`.

use crate::ast::{Arg, Arguments, Expr, Identifier};
use crate::diagnostics::SyntaxError;
use crate::span::Span;

use super::nodes::Spanned;

/// One parameter as written.
pub enum Param {
    Named(Spanned<(Identifier, Option<Expr>, Option<Expr>)>),
    VarPositional(Spanned<(Identifier, Option<Expr>, Option<Expr>)>),
    VarKeyword(Spanned<(Identifier, Option<Expr>, Option<Expr>)>),
    /// A bare `*`: the parameters after it are keyword-only.
    Star(Span),
    /// `/`: the parameters before it are positional-only.
    Slash(Span),
}

impl Param {
    pub fn named(s: Spanned<(Identifier, Option<Expr>, Option<Expr>)>) -> Param {
        Param::Named(s)
    }

    pub fn var_positional(s: Spanned<(Identifier, Option<Expr>, Option<Expr>)>) -> Param {
        Param::VarPositional(s)
    }

    pub fn var_keyword(s: Spanned<(Identifier, Option<Expr>, Option<Expr>)>) -> Param {
        Param::VarKeyword(s)
    }

    pub fn lambda_named(s: Spanned<(Identifier, Option<Expr>)>) -> Param {
        Param::Named(s.map(|(name, default)| (name, None, default)))
    }

    pub fn lambda_var_positional(s: Spanned<Identifier>) -> Param {
        Param::VarPositional(s.map(|name| (name, None, None)))
    }

    pub fn lambda_var_keyword(s: Spanned<Identifier>) -> Param {
        Param::VarKeyword(s.map(|name| (name, None, None)))
    }
}

fn error(code: &'static str, message: &str, span: Span, help: &str) -> SyntaxError {
    let label = if code.ends_with("_default") {
        "this default is not allowed"
    } else {
        "this parameter is out of place"
    };
    SyntaxError::new(code, message, span)
        .label(label)
        .help(help)
}

/// Checks the order of `params` and sorts them into `Arguments`.
pub fn build(params: Vec<Param>) -> Result<Arguments, SyntaxError> {
    let mut out = Arguments::default();
    let mut star: Option<Span> = None; // a `*` or `*args` was seen
    let mut bare_star: Option<Span> = None; // ...and it was a bare `*` with nothing after yet
    let mut slash = false;
    let mut kwarg = false;
    for param in params {
        if kwarg {
            return Err(error(
                "weft::syntax::param_after_kwargs",
                "arguments cannot follow var-keyword argument",
                param_span(&param),
                "`**kwargs` must be the last parameter",
            ));
        }
        match param {
            Param::Slash(span) => {
                if slash {
                    return Err(error(
                        "weft::syntax::duplicate_slash",
                        "/ may appear only once",
                        span,
                        "keep a single `/`",
                    ));
                }
                if star.is_some() {
                    return Err(error(
                        "weft::syntax::slash_after_star",
                        "/ must be ahead of *",
                        span,
                        "put `/` before `*`: `def f(a, /, b, *, c)`",
                    ));
                }
                if out.args.is_empty() {
                    return Err(error(
                        "weft::syntax::slash_first",
                        "at least one argument must precede /",
                        span,
                        "`/` marks the parameters before it as positional-only; name at least one",
                    ));
                }
                slash = true;
                out.posonlyargs.append(&mut out.args);
            }
            Param::Star(span) => {
                if star.is_some() {
                    return Err(error(
                        "weft::syntax::duplicate_star",
                        "* argument may appear only once",
                        span,
                        "keep a single `*` or `*args`",
                    ));
                }
                star = Some(span);
                bare_star = Some(span);
            }
            Param::VarPositional(p) => {
                if star.is_some() {
                    return Err(error(
                        "weft::syntax::duplicate_star",
                        "* argument may appear only once",
                        p.span,
                        "keep a single `*` or `*args`",
                    ));
                }
                let (name, annotation, default) = p.node;
                if let Some(default) = default {
                    return Err(error(
                        "weft::syntax::vararg_default",
                        "var-positional argument cannot have default value",
                        default.span,
                        "`*args` collects the extra positional arguments and is `()` when there are none",
                    ));
                }
                star = Some(p.span);
                out.vararg = Some(arg(name, annotation));
            }
            Param::VarKeyword(p) => {
                if let Some(span) = bare_star {
                    return Err(bare_star_error(span));
                }
                let (name, annotation, default) = p.node;
                if let Some(default) = default {
                    return Err(error(
                        "weft::syntax::kwarg_default",
                        "var-keyword argument cannot have default value",
                        default.span,
                        "`**kwargs` collects the extra keyword arguments and is `{}` when there are none",
                    ));
                }
                kwarg = true;
                out.kwarg = Some(arg(name, annotation));
            }
            Param::Named(p) => {
                let (name, annotation, default) = p.node;
                let name_span = name.span;
                let param = arg(name, annotation);
                if star.is_some() {
                    bare_star = None;
                    out.kwonlyargs.push(param);
                    out.kw_defaults.push(default);
                } else {
                    if let Some(default) = default {
                        out.defaults.push(default);
                    } else if !out.defaults.is_empty() {
                        return Err(SyntaxError::new(
                            "weft::syntax::non_default_after_default",
                            "non-default argument follows default argument",
                            name_span,
                            )
                            .label("this parameter has no default, but one before it has")
                            .help("give it a default too, or move it before the parameters that have defaults"));
                    }
                    out.args.push(param);
                }
            }
        }
    }
    if let Some(span) = bare_star {
        return Err(bare_star_error(span));
    }
    Ok(out)
}

fn bare_star_error(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::bare_star",
        "named arguments must follow bare *",
        span,
    )
    .label("a bare `*` must be followed by keyword-only parameters")
    .help(
        "name a parameter after `*` (`def f(*, key):`), or write `*args` to accept extra arguments",
    )
}

/// A parameter's span covers its name and annotation, not its default (as in CPython).
fn arg(name: Identifier, annotation: Option<Expr>) -> Arg {
    let span = annotation
        .as_ref()
        .map_or(name.span, |a| name.span.to(a.span));
    Arg {
        name,
        annotation,
        span,
    }
}

fn param_span(param: &Param) -> Span {
    match param {
        Param::Named(p) | Param::VarPositional(p) | Param::VarKeyword(p) => p.span,
        Param::Star(span) | Param::Slash(span) => *span,
    }
}
