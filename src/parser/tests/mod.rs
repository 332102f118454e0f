//! Parser tests: CPython's messages for every diagnostic the parser owns, node spans, the
//! constructs LR(1) makes delicate (`with` groups, f-strings, patterns), and snapshots of
//! small programs. `cpython.rs` compares whole ASTs with CPython's `ast` module.

use super::*;
use crate::ast::{ExprKind, PatternKind, StmtKind};
use crate::diagnostics::ErrorKind;
use crate::span::line_col;

mod cpython;

fn parse(source: &str) -> Module {
    parse_module(source)
        .unwrap_or_else(|e| panic!("{source:?} failed: {e} at {:?} [{}]", e.span, e.label))
}

fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(_) => panic!("{source:?} parsed, expected an error"),
        Err(e) => e,
    }
}

/// The source text a span covers.
fn text(source: &str, span: Span) -> &str {
    &source[span.start..span.end]
}

fn first_expr(module: &Module) -> &Expr {
    match &module.body[0].kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { value, .. } => value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

/// Input, Python exception class, line, and CPython 3.11's message (from `compile()`).
#[test]
fn diagnostics_match_cpython() {
    let cases: &[(&str, &str, usize, &str)] = &[
        ("if x\n  pass\n", "SyntaxError", 1, "expected ':'"),
        ("if x y:\n  pass\n", "SyntaxError", 1, "invalid syntax"),
        ("def f()\n  pass\n", "SyntaxError", 1, "expected ':'"),
        ("class A\n  pass\n", "SyntaxError", 1, "expected ':'"),
        ("while x\n pass\n", "SyntaxError", 1, "expected ':'"),
        ("for x in y\n pass\n", "SyntaxError", 1, "expected ':'"),
        ("with a\n pass\n", "SyntaxError", 1, "expected ':'"),
        (
            "x = 1\n  y = 2\n",
            "IndentationError",
            2,
            "unexpected indent",
        ),
        (
            "if x:\npass\n",
            "IndentationError",
            2,
            "expected an indented block after 'if' statement on line 1",
        ),
        (
            "def f():\nx\n",
            "IndentationError",
            2,
            "expected an indented block after function definition on line 1",
        ),
        (
            "try:\n x\nfoo()\n",
            "SyntaxError",
            3,
            "expected 'except' or 'finally' block",
        ),
        (
            "try:\n x\n",
            "SyntaxError",
            2,
            "expected 'except' or 'finally' block",
        ),
        (
            "[a b]\n",
            "SyntaxError",
            1,
            "invalid syntax. Perhaps you forgot a comma?",
        ),
        (
            "f(a b)\n",
            "SyntaxError",
            1,
            "invalid syntax. Perhaps you forgot a comma?",
        ),
        ("a b\n", "SyntaxError", 1, "invalid syntax"),
        (
            "print 'x'\n",
            "SyntaxError",
            1,
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
        ),
        (
            "print x\n",
            "SyntaxError",
            1,
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
        ),
        (
            "exec 'x'\n",
            "SyntaxError",
            1,
            "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
        ),
        ("else:\n pass\n", "SyntaxError", 1, "invalid syntax"),
        (
            "if x = 1:\n pass\n",
            "SyntaxError",
            1,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        ),
        (
            "while x = 1:\n pass\n",
            "SyntaxError",
            1,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        ),
        ("assert x = 1\n", "SyntaxError", 1, "invalid syntax"),
        (
            "f(a.b=1)\n",
            "SyntaxError",
            1,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
        ),
        ("f(True=1)\n", "SyntaxError", 1, "cannot assign to True"),
        (
            "def f(a=1, b): pass\n",
            "SyntaxError",
            1,
            "non-default argument follows default argument",
        ),
        (
            "f(a=1, b)\n",
            "SyntaxError",
            1,
            "positional argument follows keyword argument",
        ),
        (
            "f(**a, b)\n",
            "SyntaxError",
            1,
            "positional argument follows keyword argument unpacking",
        ),
        (
            "f(**a, *b)\n",
            "SyntaxError",
            1,
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        (
            "f(x for x in y, 1)\n",
            "SyntaxError",
            1,
            "Generator expression must be parenthesized",
        ),
        (
            "def f(*): pass\n",
            "SyntaxError",
            1,
            "named arguments must follow bare *",
        ),
        (
            "def f(*,): pass\n",
            "SyntaxError",
            1,
            "named arguments must follow bare *",
        ),
        (
            "try:\n x\nexcept:\n y\nexcept E:\n z\n",
            "SyntaxError",
            3,
            "default 'except:' must be last",
        ),
        (
            "try:\n x\nexcept E:\n y\nexcept* F:\n z\n",
            "SyntaxError",
            5,
            "cannot have both 'except' and 'except*' on the same 'try'",
        ),
        (
            "f'{a!x}'\n",
            "SyntaxError",
            1,
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "f'{}'\n",
            "SyntaxError",
            1,
            "f-string: empty expression not allowed",
        ),
        ("f'{a'\n", "SyntaxError", 1, "f-string: expecting '}'"),
        (
            "f'}'\n",
            "SyntaxError",
            1,
            "f-string: single '}' is not allowed",
        ),
        (
            "f'{a\\\\n}'\n",
            "SyntaxError",
            1,
            "f-string expression part cannot include a backslash",
        ),
        (
            "f'{a#}'\n",
            "SyntaxError",
            1,
            "f-string expression part cannot include '#'",
        ),
        (
            "f'{a b}'\n",
            "SyntaxError",
            1,
            "f-string: invalid syntax. Perhaps you forgot a comma?",
        ),
        (
            "x = (1 2)\n",
            "SyntaxError",
            1,
            "invalid syntax. Perhaps you forgot a comma?",
        ),
        (
            "x = [1, 2 3]\n",
            "SyntaxError",
            1,
            "invalid syntax. Perhaps you forgot a comma?",
        ),
        ("x = 1 2\n", "SyntaxError", 1, "invalid syntax"),
        (
            "if True:\n  x\n    y\n",
            "IndentationError",
            3,
            "unexpected indent",
        ),
        (
            "for x in y:\n",
            "IndentationError",
            1,
            "expected an indented block after 'for' statement on line 1",
        ),
        (
            "async def f():\nx\n",
            "IndentationError",
            2,
            "expected an indented block after function definition on line 1",
        ),
        (
            "match x:\ncase 1: pass\n",
            "IndentationError",
            2,
            "expected an indented block after 'match' statement on line 1",
        ),
        (
            "match x:\n case 1:\n pass\n",
            "IndentationError",
            3,
            "expected an indented block after 'case' statement on line 2",
        ),
        (
            "try:\n x\nfinally:\npass\n",
            "IndentationError",
            4,
            "expected an indented block after 'finally' statement on line 3",
        ),
        (
            "try:\n x\nexcept E:\npass\n",
            "IndentationError",
            4,
            "expected an indented block after 'except' statement on line 3",
        ),
        (
            "try:\n x\nexcept* E:\npass\n",
            "IndentationError",
            4,
            "expected an indented block after 'except*' statement on line 3",
        ),
        (
            "if x:\n y\nelif z:\npass\n",
            "IndentationError",
            4,
            "expected an indented block after 'elif' statement on line 3",
        ),
        (
            "if x:\n y\nelse:\npass\n",
            "IndentationError",
            4,
            "expected an indented block after 'else' statement on line 3",
        ),
        (
            "with a:\npass\n",
            "IndentationError",
            2,
            "expected an indented block after 'with' statement on line 1",
        ),
        (
            "def f(**k, a): pass\n",
            "SyntaxError",
            1,
            "arguments cannot follow var-keyword argument",
        ),
        (
            "def f(*a, *b): pass\n",
            "SyntaxError",
            1,
            "* argument may appear only once",
        ),
        (
            "def f(a, /, b, /): pass\n",
            "SyntaxError",
            1,
            "/ may appear only once",
        ),
        (
            "def f(*, /): pass\n",
            "SyntaxError",
            1,
            "/ must be ahead of *",
        ),
        (
            "def f(**k=1): pass\n",
            "SyntaxError",
            1,
            "var-keyword argument cannot have default value",
        ),
        (
            "def f(*a=1): pass\n",
            "SyntaxError",
            1,
            "var-positional argument cannot have default value",
        ),
        (
            "lambda a=1, b: 1\n",
            "SyntaxError",
            1,
            "non-default argument follows default argument",
        ),
        ("x = \n", "SyntaxError", 1, "invalid syntax"),
        ("(a, b\n", "SyntaxError", 1, "'(' was never closed"),
        (
            "f(**a, *b)\n",
            "SyntaxError",
            1,
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        ("import a.b as c.d\n", "SyntaxError", 1, "invalid syntax"),
        ("from x import *, y\n", "SyntaxError", 1, "invalid syntax"),
        ("from x import (*)\n", "SyntaxError", 1, "invalid syntax"),
        (
            "a, b: int\n",
            "SyntaxError",
            1,
            "only single target (not tuple) can be annotated",
        ),
        ("x: int, y\n", "SyntaxError", 1, "invalid syntax"),
        (
            "class A(x for x in y): pass\n",
            "SyntaxError",
            1,
            "invalid syntax",
        ),
        ("f(*a=1)\n", "SyntaxError", 1, "invalid syntax"),
        ("{**a: 1}\n", "SyntaxError", 1, "invalid syntax"),
        (
            "{a: *b}\n",
            "SyntaxError",
            1,
            "cannot use a starred expression in a dictionary value",
        ),
        (
            "[*a for a in b]\n",
            "SyntaxError",
            1,
            "iterable unpacking cannot be used in comprehension",
        ),
        (
            "{**a for a in b}\n",
            "SyntaxError",
            1,
            "dict unpacking cannot be used in dict comprehension",
        ),
        (
            "def f():\n  x = 1\n   y\n",
            "IndentationError",
            3,
            "unexpected indent",
        ),
        ("1 +\n", "SyntaxError", 1, "invalid syntax"),
        ("foo(\n", "SyntaxError", 1, "'(' was never closed"),
        (
            "f(a for a in b for c)\n",
            "SyntaxError",
            1,
            "invalid syntax",
        ),
        (
            "a if b\n",
            "SyntaxError",
            1,
            "expected 'else' after 'if' expression",
        ),
        (
            "a = 1 if b\n",
            "SyntaxError",
            1,
            "expected 'else' after 'if' expression",
        ),
        ("case 1:\n pass\n", "SyntaxError", 1, "invalid syntax"),
        ("break x\n", "SyntaxError", 1, "invalid syntax"),
        ("return x y\n", "SyntaxError", 1, "invalid syntax"),
        ("import\n", "SyntaxError", 1, "invalid syntax"),
        ("from . import\n", "SyntaxError", 1, "invalid syntax"),
    ];
    let mut failures = Vec::new();
    for (source, kind, line, message) in cases {
        let e = error(source);
        let ours = (
            e.kind.python_name(),
            line_col(source, e.span.start).0,
            e.message.as_str(),
        );
        if ours != (*kind, *line, *message) {
            failures.push(format!(
                "{source:?}\n  cpython: {kind} line {line}: {message}\n  weft:    {ours:?}"
            ));
        }
        assert!(
            e.code.starts_with("weft::syntax::"),
            "{source:?}: code {}",
            e.code
        );
        assert!(
            e.span.end <= source.len(),
            "{source:?}: span {:?} past the end",
            e.span
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Parser-owned files of `tests/diagnostics` give CPython's message and line (the check
/// pass owns the rest, which parse here).
#[test]
fn diagnostics_folder_matches_cpython_table() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let Ok(table) = std::fs::read_to_string(dir.join("cpython.txt")) else {
        return;
    };
    // Left to the compile-time checks (CPython finds them after parsing, too).
    let checks = [
        "syntax__assign_to_keyword_none.py",
        "syntax__match_star_twice.py",
    ];
    // weft says more than CPython's "invalid syntax" here.
    let more_precise = ["lex__invalid_character_dollar.py"];
    let mut failures = Vec::new();
    for row in table.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        let [file, kind, line, message] = cols[..] else {
            continue;
        };
        if file.starts_with("check__") || checks.contains(&file) || more_precise.contains(&file) {
            continue;
        }
        let source = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let ours = match parse_module(&source) {
            Ok(_) => "parses".to_string(),
            Err(e) => format!(
                "{} {} {}",
                e.kind.python_name(),
                line_col(&source, e.span.start).0,
                e.message
            ),
        };
        if ours != format!("{kind} {line} {message}") {
            failures.push(format!(
                "{file}: cpython {kind} {line} {message}; weft {ours}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn error_details() {
    let e = error("x = 1\n  y = 2\n");
    assert_eq!(
        (e.kind, e.code),
        (ErrorKind::Indentation, "weft::syntax::unexpected_indent")
    );

    let source = "if x:\n    y\nelif z:\npass\n";
    let e = error(source);
    assert_eq!(e.code, "weft::syntax::expected_indented_block");
    assert_eq!(text(source, e.span), "pass");
    assert_eq!(text(source, e.related[0].0), "elif");

    let source = "x = [1, 2 3]\n";
    let e = error(source);
    assert_eq!(text(source, e.span), "2 3");
    assert!(e.help.as_deref().is_some_and(|h| h.contains("comma")));

    let source = "if x = 1:\n    pass\n";
    assert_eq!(text(source, error(source).span), "x = 1");

    let source = "print 'hello', name\n";
    assert_eq!(text(source, error(source).span), "print 'hello', name");

    let source = "f(x for x in y, 1)\n";
    assert_eq!(text(source, error(source).span), "x for x in y");

    let source = "tasks = [\n    'a',\n\ndef run():\n    pass\n";
    let e = error(source);
    assert_eq!(
        (e.message.as_str(), text(source, e.span)),
        ("'[' was never closed", "[")
    );

    // Expected tokens are listed as words, with expression starts folded together.
    let e = error("x = 1 +\n");
    assert_eq!(e.label, "expected an expression, found end of line");
    let e = error("import a.b as c.d\n");
    assert_eq!(e.label, "expected end of line, ',' or ';', found '.'");
}

#[test]
fn fstring_errors_point_into_the_string() {
    let source = "x = f'{a!x}'\n";
    assert_eq!(text(source, error(source).span), "x");
    let source = "x = f'{a b}'\n";
    let e = error(source);
    assert_eq!(
        e.message,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    assert_eq!(text(source, e.span), "a b");
    let source = "x = f'{}'\n";
    assert_eq!(text(source, error(source).span), "}");
    let source = "x = f'{user[\"x]}'\n";
    assert_eq!(error(source).message, "f-string: unterminated string");
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

/// Nothing here may panic: truncations of a program with every construct parse or fail cleanly.
#[test]
fn truncations_never_panic() {
    let source = "@d\nasync def f(a, /, b=1, *c, d, **e) -> int:\n    async with (x as y, z):\n        return [i async for i in g() if i] + {k: v for k, v in m} | f'{a!r:>{w}}'\n    match p:\n        case [1, *r] | {'k': _, **m} | C(x=1) as q if q:\n            pass\n    try:\n        pass\n    except* E as e:\n        raise X from e\n    finally:\n        del a[1:2, ::3]\n";
    parse(source);
    for end in 0..source.len() {
        if source.is_char_boundary(end) {
            let _ = parse_module(&source[..end]);
            let _ = parse_expression(&source[..end]);
        }
    }
}

/// Random edits (inserted brackets, quotes, keywords, indentation; deleted runs) of the
/// `tests/cases` programs: the parser returns a tree or a diagnostic, never panics.
#[test]
fn mutants_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "f'{", "}'", "'", "\"", "*",
        "**", "async ", "with ", "match ", "case ", "lambda ", "if ", "else", "\\", "#", "!r",
        ":=", "yield ", "@", ".", "...",
    ];
    let mut panics = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let source = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for _ in 0..40 {
            let mut s = source.clone();
            for _ in 0..(next() % 4 + 1) {
                let mut at = (next() as usize) % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                if next() % 2 == 0 {
                    s.insert_str(at, pieces[(next() as usize) % pieces.len()]);
                } else {
                    let mut end = (at + (next() as usize) % 8).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, "");
                }
            }
            if std::panic::catch_unwind(|| parse_module(&s)).is_err() {
                panics.push(s);
            }
        }
    }
    assert!(panics.is_empty(), "the parser panicked on: {panics:#?}");
}

/// Inputs nested deeper than CPython compiles are refused before a tree exists (dropping a
/// tree 100 000 levels deep would overflow the stack).
#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = [
        format!("x = {}1\n", "-".repeat(30_000)),
        format!("x = {}1\n", "1 + ".repeat(30_000)),
        format!("x = a{}\n", ".b".repeat(30_000)),
        format!("x = f{}\n", "()".repeat(30_000)),
        format!("x = {}0\n", "lambda: ".repeat(30_000)),
        format!("x = f'{{{}1}}'\n", "-".repeat(30_000)),
        format!("if a:\n    pass\n{}", "elif a:\n    pass\n".repeat(30_000)),
    ];
    for source in &deep {
        let e = parse_module(source).expect_err("too deep");
        assert_eq!(
            (e.kind, e.message.as_str()),
            (
                ErrorKind::Recursion,
                "maximum recursion depth exceeded during compilation"
            )
        );
    }
    // Long but flat input is fine.
    let flat = format!(
        "x = [{}]\ny = {}0\n",
        "-1, ".repeat(50_000),
        "a and ".repeat(2_000)
    );
    assert!(parse_module(&flat).is_ok());
    let chain = format!("if a:\n    pass\n{}", "elif a:\n    pass\n".repeat(500));
    assert!(parse_module(&chain.repeat(20)).is_ok());
}
