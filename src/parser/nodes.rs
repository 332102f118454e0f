//! Expression builders for the grammar's actions: each takes what a production matched (with
//! its span, from the grammar's `Sp<T>` macro) and gives an `ast::Expr`. The few checks that
//! only the parser can make (the AST forgets parentheses and order) fail with a `SyntaxError`.

use crate::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Identifier, UnaryOp,
};
use crate::diagnostics::SyntaxError;
use crate::span::Span;
use crate::token::FStringTok;

use super::Token;

pub use super::args::ArgItem;
pub use super::compound::*;
pub use super::fstring::strings;
pub use super::statements::*;

/// A grammar value with the span of the tokens it was parsed from.
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Spanned<U> {
        Spanned {
            node: f(self.node),
            span: self.span,
        }
    }
}

/// One literal of an implicitly concatenated string (`"a" f"{b}" "c"`).
pub enum StringPart<'s> {
    Str(Spanned<String>),
    Bytes(Spanned<Vec<u8>>),
    FString(Spanned<FStringTok<'s>>),
}

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr::new(kind, span)
}

pub fn identifier(s: Spanned<&str>) -> Identifier {
    Identifier {
        name: s.node.to_string(),
        span: s.span,
    }
}

pub fn name_expr(s: Spanned<&str>) -> Expr {
    expr(ExprKind::Name(s.node.to_string()), s.span)
}

pub fn name(id: Identifier) -> Expr {
    expr(ExprKind::Name(id.name), id.span)
}

pub fn constant(s: Spanned<Constant>) -> Expr {
    expr(ExprKind::Constant(s.node), s.span)
}

pub fn ellipsis(span: Span) -> Expr {
    expr(ExprKind::Constant(Constant::Ellipsis), span)
}

pub fn binop(s: Spanned<(Expr, BinOp, Expr)>) -> Expr {
    let (left, op, right) = s.node;
    let kind = ExprKind::BinOp {
        left: Box::new(left),
        op,
        right: Box::new(right),
    };
    expr(kind, s.span)
}

pub fn power(s: Spanned<(Expr, Expr)>) -> Expr {
    let (left, right) = s.node;
    binop(Spanned {
        node: (left, BinOp::Pow, right),
        span: s.span,
    })
}

pub fn unary(op: UnaryOp, s: Spanned<Expr>) -> Expr {
    let kind = ExprKind::UnaryOp {
        op,
        operand: Box::new(s.node),
    };
    expr(kind, s.span)
}

pub fn unary_op(s: Spanned<(UnaryOp, Expr)>) -> Expr {
    let (op, operand) = s.node;
    unary(
        op,
        Spanned {
            node: operand,
            span: s.span,
        },
    )
}

/// `-1` in a pattern.
pub fn negate(s: Spanned<Expr>) -> Expr {
    unary(UnaryOp::USub, s)
}

pub fn boolop(op: BoolOp, s: Spanned<(Expr, Vec<Expr>)>) -> Expr {
    let (first, rest) = s.node;
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, s.span)
}

pub fn compare(s: Spanned<(Expr, Vec<(CmpOp, Expr)>)>) -> Expr {
    let (left, rest) = s.node;
    let (ops, comparators) = rest.into_iter().unzip();
    let kind = ExprKind::Compare {
        left: Box::new(left),
        ops,
        comparators,
    };
    expr(kind, s.span)
}

pub fn if_exp(s: Spanned<(Expr, Expr, Expr)>) -> Expr {
    let (body, test, orelse) = s.node;
    let kind = ExprKind::IfExp {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    };
    expr(kind, s.span)
}

/// `target := value`: the target must be a plain name.
pub fn named_expr(s: Spanned<(Expr, Expr)>) -> Result<Expr, SyntaxError> {
    let (target, value) = s.node;
    if !matches!(target.kind, ExprKind::Name(_)) {
        let what = describe(&target);
        return Err(SyntaxError::new(
            "weft::syntax::walrus_target",
            format!("cannot use assignment expressions with {what}"),
            target.span,
        )
        .label(format!("`:=` can only assign to a name, not to {what}"))
        .help("assign to a plain name with `:=`, or use a separate `=` statement"));
    }
    let kind = ExprKind::NamedExpr {
        target: Box::new(target),
        value: Box::new(value),
    };
    Ok(expr(kind, s.span))
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        _ => "expression",
    }
}

pub fn lambda(span: Span, args: crate::ast::Arguments, body: Expr) -> Expr {
    let kind = ExprKind::Lambda {
        args: Box::new(args),
        body: Box::new(body),
    };
    expr(kind, span)
}

pub fn await_expr(s: Spanned<Expr>) -> Expr {
    expr(ExprKind::Await(Box::new(s.node)), s.span)
}

pub fn yield_expr(s: Spanned<Option<Expr>>) -> Expr {
    expr(ExprKind::Yield(s.node.map(Box::new)), s.span)
}

pub fn yield_from(s: Spanned<Expr>) -> Expr {
    expr(ExprKind::YieldFrom(Box::new(s.node)), s.span)
}

pub fn starred(s: Spanned<Expr>) -> Expr {
    expr(ExprKind::Starred(Box::new(s.node)), s.span)
}

pub fn attribute(s: Spanned<(Expr, Identifier)>) -> Expr {
    let (value, attr) = s.node;
    let kind = ExprKind::Attribute {
        value: Box::new(value),
        attr,
    };
    expr(kind, s.span)
}

/// `a[i]`; a lone starred index `a[*b]` is a one-element tuple, as in CPython.
pub fn subscript(s: Spanned<(Expr, Expr)>) -> Expr {
    let (value, mut slice) = s.node;
    if matches!(slice.kind, ExprKind::Starred(_)) {
        let span = slice.span;
        slice = tuple(span, vec![slice]);
    }
    let kind = ExprKind::Subscript {
        value: Box::new(value),
        slice: Box::new(slice),
    };
    expr(kind, s.span)
}

/// `lower:upper` and `lower:upper:step`, each part optional (the step twice: `a[::]`).
type SliceParts = (Option<Expr>, Option<Expr>, Option<Option<Expr>>);

pub fn slice(s: Spanned<SliceParts>) -> Expr {
    let (lower, upper, step) = s.node;
    let kind = ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.flatten().map(Box::new),
    };
    expr(kind, s.span)
}

pub fn call(s: Spanned<(Expr, Spanned<Vec<ArgItem>>)>) -> Result<Expr, SyntaxError> {
    let (func, args) = s.node;
    let (args, keywords) = super::args::split(args.node, args.span)?;
    let kind = ExprKind::Call {
        func: Box::new(func),
        args,
        keywords,
    };
    Ok(expr(kind, s.span))
}

pub fn tuple(span: Span, elts: Vec<Expr>) -> Expr {
    expr(ExprKind::Tuple(elts), span)
}

/// `a, b` or `a,` without parentheses: the span runs from the first to the last element.
pub fn bare_tuple(s: Spanned<(Vec<Expr>, Option<Expr>)>) -> Expr {
    let (mut elts, last) = s.node;
    elts.extend(last);
    tuple(s.span, elts)
}

/// `(x)`, `(x,)`, `(a, *b)`: one element without a comma is just that element.
pub fn parenthesized<'s>(s: Spanned<(Vec<Expr>, Option<Token<'s>>)>) -> Result<Expr, SyntaxError> {
    let (mut elts, comma) = s.node;
    if comma.is_none() && elts.len() == 1 {
        if let Some(only) = elts.pop() {
            if matches!(only.kind, ExprKind::Starred(_)) {
                return Err(starred_here(only.span));
            }
            return Ok(only);
        }
    }
    Ok(tuple(s.span, elts))
}

fn starred_here(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::starred_expression",
        "cannot use starred expression here",
        span,
    )
    .label("a starred expression needs a list, tuple or call around it")
    .help("write `(*a,)` for a one-element tuple, or drop the `*`")
}

pub fn list(span: Span, elts: Vec<Expr>) -> Expr {
    expr(ExprKind::List(elts), span)
}

pub fn set(span: Span, elts: Vec<Expr>) -> Expr {
    expr(ExprKind::Set(elts), span)
}

pub fn dict(span: Span, items: Vec<(Option<Expr>, Expr)>) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, span)
}

pub fn generator(s: Spanned<(Expr, Vec<Comprehension>)>) -> Expr {
    let (elt, generators) = s.node;
    let kind = ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators,
    };
    expr(kind, s.span)
}

pub fn list_comp(s: Spanned<(Expr, Vec<Comprehension>)>) -> Result<Expr, SyntaxError> {
    let (elt, generators) = s.node;
    no_unpacking_in_comprehension(&elt)?;
    let kind = ExprKind::ListComp {
        elt: Box::new(elt),
        generators,
    };
    Ok(expr(kind, s.span))
}

pub fn set_comp(s: Spanned<(Expr, Vec<Comprehension>)>) -> Result<Expr, SyntaxError> {
    let (elt, generators) = s.node;
    no_unpacking_in_comprehension(&elt)?;
    let kind = ExprKind::SetComp {
        elt: Box::new(elt),
        generators,
    };
    Ok(expr(kind, s.span))
}

pub fn dict_comp(s: Spanned<(Expr, Expr, Vec<Comprehension>)>) -> Expr {
    let (key, value, generators) = s.node;
    let kind = ExprKind::DictComp {
        key: Box::new(key),
        value: Box::new(value),
        generators,
    };
    expr(kind, s.span)
}

fn no_unpacking_in_comprehension(elt: &Expr) -> Result<(), SyntaxError> {
    match elt.kind {
        ExprKind::Starred(_) => Err(unpacking_in_comprehension(elt.span)),
        _ => Ok(()),
    }
}

pub fn unpacking_in_comprehension(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::unpacking_in_comprehension",
        "iterable unpacking cannot be used in comprehension",
        span,
    )
    .label("`*` cannot unpack here")
    .help("each round of a comprehension gives one element; drop the `*`, or add an inner `for`")
}

pub fn dict_unpack_in_comprehension(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::unpacking_in_comprehension",
        "dict unpacking cannot be used in dict comprehension",
        span,
    )
    .label("`**` cannot unpack here")
    .help("a dict comprehension needs `key: value` each round; use `{**a, **b}` to merge dicts")
}

pub fn comprehension<'s>(s: Spanned<(Option<Token<'s>>, Expr, Expr, Vec<Expr>)>) -> Comprehension {
    let (is_async, target, iter, ifs) = s.node;
    Comprehension {
        is_async: is_async.is_some(),
        target,
        iter,
        ifs,
        span: s.span,
    }
}
