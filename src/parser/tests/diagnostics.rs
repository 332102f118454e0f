//! The parser's diagnostics against CPython 3.11: the message and line of every error the
//! parser owns, the `tests/diagnostics` table, and the spans, labels and help of a few.

use super::*;
use crate::diagnostics::ErrorKind;
use crate::span::line_col;

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

/// f-string errors, as CPython 3.11 words them.
#[test]
fn fstring_messages_match_cpython() {
    let cases: &[(&str, &str)] = &[
        ("f\"{lambda x: 1}\"\n", "f-string: invalid syntax"),
        (
            "f\"{x!}\"\n",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        ("f\"{x!r\"\n", "f-string: expecting '}'"),
        (
            "f\"{x:{y:{z}}}\"\n",
            "f-string: expressions nested too deeply",
        ),
        ("f\"{x:{{}}\"\n", "f-string: expecting '}'"),
        ("f\"{ }\"\n", "f-string: empty expression not allowed"),
        ("f\"{!r}\"\n", "f-string: expression required before '!'"),
        (
            "f\"{x=!z}\"\n",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        (
            "f\"{a[}\"\n",
            "f-string: closing parenthesis '}' does not match opening parenthesis '['",
        ),
        ("f\"{a)}\"\n", "f-string: unmatched ')'"),
        (
            "f\"{*a}\"\n",
            "f-string: cannot use starred expression here",
        ),
        ("f\"{x}}\"\n", "f-string: single '}' is not allowed"),
        ("f\"{{x}\"\n", "f-string: single '}' is not allowed"),
        ("f\"{x:{y}}}\"\n", "f-string: single '}' is not allowed"),
    ];
    for (source, message) in cases {
        assert_eq!(error(source).message, *message, "{source:?}");
    }
    for source in [
        "f\"{'a' if b else 'c'}\"\n",
        "f\"{x:>{w}.{p}f}\"\n",
        "f\"{x!r:}\"\n",
        "f\"{{}}\"\n",
        "f\"{3!r}\"\n",
        "f\"{yield}\"\n",
        "f\"{a:=1}\"\n",
        "f\"{(a:=1)}\"\n",
    ] {
        assert!(parse_module(source).is_ok(), "{source:?}");
    }
}

/// `:=` targets and unpacking in comprehensions, as CPython 3.11 words them.
#[test]
fn walrus_and_unpacking_messages() {
    let cases = [
        (
            "(a.b := 1)\n",
            "cannot use assignment expressions with attribute",
            "a.b",
        ),
        (
            "(a[0] := 1)\n",
            "cannot use assignment expressions with subscript",
            "a[0]",
        ),
        (
            "((a, b) := 1)\n",
            "cannot use assignment expressions with tuple",
            "(a, b)",
        ),
        (
            "(f() := 1)\n",
            "cannot use assignment expressions with function call",
            "f()",
        ),
        (
            "(True := 1)\n",
            "cannot use assignment expressions with True",
            "True",
        ),
        (
            "print(*a for x in y)\n",
            "iterable unpacking cannot be used in comprehension",
            "*a",
        ),
        (
            "{*a for x in y}\n",
            "iterable unpacking cannot be used in comprehension",
            "*a",
        ),
    ];
    for (source, message, spanned) in cases {
        let e = error(source);
        assert_eq!(
            (e.message.as_str(), text(source, e.span)),
            (message, spanned),
            "{source:?}"
        );
    }
    assert!(parse_module("if (n := len(a)) > 10:\n    pass\n").is_ok());
}
