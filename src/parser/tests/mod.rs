//! Parser tests: node spans and the constructs LR(1) makes delicate (`with` groups,
//! f-strings, patterns, parameters, modes). `cpython.rs` compares whole trees with CPython's
//! `ast` module, `diagnostics.rs` the error messages, `robustness.rs` hostile input.

use super::*;
use crate::ast::{ExprKind, PatternKind, StmtKind};

mod canonical;
mod cpython;
mod diagnostics;
mod robustness;

pub(super) fn parse(source: &str) -> Module {
    parse_module(source)
        .unwrap_or_else(|e| panic!("{source:?} failed: {e} at {:?} [{}]", e.span, e.label))
}

pub(super) fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(_) => panic!("{source:?} parsed, expected an error"),
        Err(e) => e,
    }
}

/// The source text a span covers.
pub(super) fn text(source: &str, span: Span) -> &str {
    &source[span.start..span.end]
}

pub(super) fn first_expr(module: &Module) -> &Expr {
    match &module.body[0].kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { value, .. } => value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn node_spans() {
    let source = "result = await fetch(url, timeout=3)[0].body\n";
    let module = parse(source);
    let stmt = &module.body[0];
    assert_eq!(
        text(source, stmt.span),
        "result = await fetch(url, timeout=3)[0].body"
    );
    let value = first_expr(&module);
    assert_eq!(
        text(source, value.span),
        "await fetch(url, timeout=3)[0].body"
    );
    let ExprKind::Await(inner) = &value.kind else {
        panic!("{value:?}")
    };
    let ExprKind::Attribute { value: sub, attr } = &inner.kind else {
        panic!()
    };
    assert_eq!(text(source, attr.span), "body");
    let ExprKind::Subscript { value: call, .. } = &sub.kind else {
        panic!()
    };
    assert_eq!(text(source, call.span), "fetch(url, timeout=3)");
    let ExprKind::Call { keywords, .. } = &call.kind else {
        panic!()
    };
    assert_eq!(text(source, keywords[0].span), "timeout=3");

    // A compound statement ends with its last body statement, not at the DEDENT.
    let source = "def f(a, *, b=2) -> int:\n    return a\n\n# trailing comment\nx = 1\n";
    let module = parse(source);
    assert_eq!(
        text(source, module.body[0].span),
        "def f(a, *, b=2) -> int:\n    return a"
    );
    let StmtKind::FunctionDef(def) = &module.body[0].kind else {
        panic!()
    };
    assert_eq!(text(source, def.name.span), "f");
    assert_eq!(text(source, def.args.kwonlyargs[0].span), "b");

    // Tuples without parentheses cover their elements; with parentheses, the parentheses.
    let source = "a, b = (1, 2)\n";
    let module = parse(source);
    let StmtKind::Assign { targets, value } = &module.body[0].kind else {
        panic!()
    };
    assert_eq!(
        (text(source, targets[0].span), text(source, value.span)),
        ("a, b", "(1, 2)")
    );

    // A lone generator argument takes the call's parentheses, as in CPython.
    let source = "sum(x for x in y)\n";
    let module = parse(source);
    let ExprKind::Call { args, .. } = &first_expr(&module).kind else {
        panic!()
    };
    assert_eq!(text(source, args[0].span), "(x for x in y)");

    // f-string fields keep spans into the file.
    let source = "s = f'{value!r:>{width}}'\n";
    let module = parse(source);
    let ExprKind::JoinedStr(parts) = &first_expr(&module).kind else {
        panic!()
    };
    let ExprKind::FormattedValue {
        value, format_spec, ..
    } = &parts[0].kind
    else {
        panic!()
    };
    assert_eq!(text(source, value.span), "value");
    let Some(spec) = format_spec else { panic!() };
    let ExprKind::JoinedStr(spec_parts) = &spec.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value: width, .. } = &spec_parts[1].kind else {
        panic!()
    };
    assert_eq!(text(source, width.span), "width");
}

#[test]
fn with_groups_and_tuples() {
    let items = |source: &str| -> Vec<(String, bool)> {
        let module = parse(source);
        let StmtKind::With { items, .. } = &module.body[0].kind else {
            panic!()
        };
        items
            .iter()
            .map(|i| {
                (
                    text(source, i.context_expr.span).to_string(),
                    i.optional_vars.is_some(),
                )
            })
            .collect()
    };
    let s = |t: &str, b| (t.to_string(), b);
    assert_eq!(
        items("with (a, b):\n    pass\n"),
        vec![s("a", false), s("b", false)]
    );
    assert_eq!(
        items("with (a as x, b as y,):\n    pass\n"),
        vec![s("a", true), s("b", true)]
    );
    assert_eq!(
        items("with (a, b) as c:\n    pass\n"),
        vec![s("(a, b)", true)]
    );
    assert_eq!(
        items("with (a), b:\n    pass\n"),
        vec![s("a", false), s("b", false)]
    );
    assert_eq!(
        items("with (yield_(x)).y as z:\n    pass\n"),
        vec![s("(yield_(x)).y", true)]
    );
    assert_eq!(
        items("with open(p) as f, lock:\n    pass\n"),
        vec![s("open(p)", true), s("lock", false)]
    );
}

#[test]
fn fstrings_like_cpython() {
    let parts = |source: &str| -> Vec<String> {
        let module = parse(source);
        let ExprKind::JoinedStr(parts) = &first_expr(&module).kind else {
            panic!()
        };
        parts
            .iter()
            .map(|p| match &p.kind {
                ExprKind::Constant(crate::ast::Constant::Str(s)) => format!("{s:?}"),
                ExprKind::FormattedValue {
                    conversion,
                    format_spec,
                    ..
                } => {
                    format!("{{{conversion:?} spec={}}}", format_spec.is_some())
                }
                other => format!("{other:?}"),
            })
            .collect()
    };
    assert_eq!(parts("f'{x=}'\n"), ["\"x=\"", "{Some(Repr) spec=false}"]);
    assert_eq!(parts("f'{ x = :>10}'\n"), ["\" x = \"", "{None spec=true}"]);
    assert_eq!(parts("f'{x=!s}'\n"), ["\"x=\"", "{Some(Str) spec=false}"]);
    assert_eq!(
        parts("'a' f'b{x}' 'c'\n"),
        ["\"ab\"", "{None spec=false}", "\"c\""]
    );
    assert_eq!(
        parts("f'{{{x}}}'\n"),
        ["\"{\"", "{None spec=false}", "\"}\""]
    );
    assert_eq!(
        parts("f'\\N{BULLET} {x!a}'\n"),
        ["\"\u{2022} \"", "{Some(Ascii) spec=false}"]
    );
    assert_eq!(parts("f''\n"), Vec::<String>::new());
    assert_eq!(parts("f'{a if b else c!r}'\n"), ["{Some(Repr) spec=false}"]);
    assert_eq!(parts("f'{x!r:{w}.{p}}'\n"), ["{Some(Repr) spec=true}"]);
    assert_eq!(parts("f'{d[\"k\"]:>{10}}'\n"), ["{None spec=true}"]);
    assert_eq!(parts("f'{a != b}{c >= d}{e == f}'\n").len(), 3);

    let e = error("x = b'a' 'b'\n");
    assert_eq!(e.message, "cannot mix bytes and nonbytes literals");
}

#[test]
fn patterns() {
    let source = "match p:\n    case Point(x=0, y=0) | [1, *_] | {'k': v, **rest} as shape if shape:\n        pass\n    case -1 | 1 + 2j | None | Color.RED | _:\n        pass\n";
    let module = parse(source);
    let StmtKind::Match { cases, .. } = &module.body[0].kind else {
        panic!()
    };
    let PatternKind::MatchAs {
        pattern: Some(or),
        name: Some(name),
    } = &cases[0].pattern.kind
    else {
        panic!()
    };
    assert_eq!(name.name, "shape");
    let PatternKind::MatchOr(alternatives) = &or.kind else {
        panic!()
    };
    assert!(matches!(
        alternatives[0].kind,
        PatternKind::MatchClass { .. }
    ));
    assert!(
        matches!(&alternatives[1].kind, PatternKind::MatchSequence(p) if matches!(p[1].kind, PatternKind::MatchStar(None)))
    );
    assert!(matches!(
        &alternatives[2].kind,
        PatternKind::MatchMapping { rest: Some(_), .. }
    ));
    let PatternKind::MatchOr(alternatives) = &cases[1].pattern.kind else {
        panic!()
    };
    let kinds: Vec<&str> = alternatives
        .iter()
        .map(|p| match &p.kind {
            PatternKind::MatchValue(_) => "value",
            PatternKind::MatchSingleton(_) => "singleton",
            PatternKind::MatchAs {
                pattern: None,
                name: None,
            } => "wildcard",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["value", "value", "singleton", "value", "wildcard"]);

    let e = error("match p:\n    case 1 + 2:\n        pass\n");
    assert_eq!(e.message, "imaginary number required in complex literal");
    let e = error("match p:\n    case f'{x}':\n        pass\n");
    assert_eq!(
        e.message,
        "patterns may only match literals and attribute lookups"
    );
    let e = error("match p:\n    case x as _:\n        pass\n");
    assert_eq!(e.message, "cannot use '_' as a target");
}

#[test]
fn soft_keywords_stay_names() {
    let module = parse("match = 1\ncase = match\nmatch(x)\nprint(match, case, _)\n");
    assert_eq!(module.body.len(), 4);
}

#[test]
fn modes() {
    let e = parse_expression("a, *b").expect("a tuple expression");
    assert!(matches!(e.kind, ExprKind::Tuple(ref elts) if elts.len() == 2));
    assert!(parse_expression("x = 1").is_err());
    let m = parse_interactive("x = 1; y = 2\n").expect("two statements");
    assert_eq!(m.body.len(), 2);
    assert_eq!(parse_module("").map(|m| m.body.len()), Ok(0));
    assert_eq!(
        parse_module("# only a comment\n\n").map(|m| m.body.len()),
        Ok(0)
    );
}

#[test]
fn parameters() {
    let module = parse("def f(a, b=1, /, c=2, *args: int, d, e=3, **kw) -> None:\n    pass\n");
    let StmtKind::FunctionDef(def) = &module.body[0].kind else {
        panic!()
    };
    let names =
        |args: &[crate::ast::Arg]| args.iter().map(|a| a.name.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&def.args.posonlyargs), ["a", "b"]);
    assert_eq!(names(&def.args.args), ["c"]);
    assert_eq!(def.args.defaults.len(), 2);
    assert_eq!(
        def.args.vararg.as_ref().map(|a| a.annotation.is_some()),
        Some(true)
    );
    assert_eq!(names(&def.args.kwonlyargs), ["d", "e"]);
    assert_eq!(
        def.args
            .kw_defaults
            .iter()
            .map(Option::is_some)
            .collect::<Vec<_>>(),
        [false, true]
    );
    assert_eq!(
        def.args.kwarg.as_ref().map(|a| a.name.name.as_str()),
        Some("kw")
    );
    assert!(def.returns.is_some());

    let e = parse_expression("lambda *: 0").expect_err("bare star");
    assert_eq!(e.message, "named arguments must follow bare *");
}
