//! Brackets, indentation, tabs, backslashes, stray characters, limits; rendered reports.

use super::*;

// --- errors --------------------------------------------------------------------------------

/// Checks an error's message, span, kind and code, and that it teaches something.
fn check_error(
    source: &str,
    message: &str,
    span: (usize, usize),
    kind: ErrorKind,
    code: &str,
) -> SyntaxError {
    let e = err(source);
    assert_eq!(e.message, message, "{source:?}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{source:?}");
    assert_eq!(e.kind, kind, "{source:?}");
    assert_eq!(e.code, code, "{source:?}");
    assert!(!e.label.is_empty() && e.help.is_some(), "{source:?}");
    e
}

#[test]
fn unclosed_brackets() {
    let e = check_error(
        "x = (1,",
        "'(' was never closed",
        (4, 5),
        ErrorKind::Syntax,
        "weft::syntax::unclosed_bracket",
    );
    assert_eq!(e.label, "this bracket is never closed");
    // The innermost open bracket is reported, as CPython does.
    check_error(
        "x = (1, [2,\n",
        "'[' was never closed",
        (8, 9),
        ErrorKind::Syntax,
        "weft::syntax::unclosed_bracket",
    );
    check_error(
        "f({\n",
        "'{' was never closed",
        (2, 3),
        ErrorKind::Syntax,
        "weft::syntax::unclosed_bracket",
    );
}

#[test]
fn closing_bracket_errors() {
    check_error(
        "x = 1)",
        "unmatched ')'",
        (5, 6),
        ErrorKind::Syntax,
        "weft::syntax::unmatched_bracket",
    );
    check_error(
        "x = }",
        "unmatched '}'",
        (4, 5),
        ErrorKind::Syntax,
        "weft::syntax::unmatched_bracket",
    );
    let e = check_error(
        "x = [1, 2)",
        "closing parenthesis ')' does not match opening parenthesis '['",
        (9, 10),
        ErrorKind::Syntax,
        "weft::syntax::mismatched_bracket",
    );
    assert_eq!(e.related, [(Span::new(4, 5), "opened here".to_string())]);
    let e = check_error(
        "x = (1 ,\n  2 ]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        (13, 14),
        ErrorKind::Syntax,
        "weft::syntax::mismatched_bracket",
    );
    assert_eq!(e.label, "expected ')'");
    assert_eq!(e.related, [(Span::new(4, 5), "opened here".to_string())]);
}

#[test]
fn indentation_errors() {
    let e = check_error(
        "if x:\n        a\n    b",
        "unindent does not match any outer indentation level",
        (16, 20),
        ErrorKind::Indentation,
        "weft::syntax::inconsistent_dedent",
    );
    assert_eq!(
        e.help.as_deref(),
        Some("line this up with the block it belongs to: the open blocks are indented by 0 or 8 columns")
    );
    let e = check_error(
        "if x:\n  if y:\n      a\n    b",
        "unindent does not match any outer indentation level",
        (22, 26),
        ErrorKind::Indentation,
        "weft::syntax::inconsistent_dedent",
    );
    assert_eq!(
        e.help.as_deref(),
        Some(
            "line this up with the block it belongs to: the open blocks are indented by 0, 2 or 6 columns"
        )
    );
    // The error comes before any DEDENT of that line.
    let items: Vec<_> = Lexer::new("if x:\n  if y:\n      a\n    b").collect();
    assert!(matches!(items[items.len() - 2], Ok((21, Newline, 22))));
}

#[test]
fn tab_errors() {
    for (source, span) in [
        ("if x:\n\ta\n        b", (9, 17)),
        ("if x:\n        a\n\tb", (16, 17)),
        ("if x:\n    \ta\n\tb", (13, 14)),
        ("if x:\n  \tif y:\n\t\tb", (15, 17)),
    ] {
        let e = check_error(
            source,
            "inconsistent use of tabs and spaces in indentation",
            span,
            ErrorKind::Tab,
            "weft::syntax::mixed_tabs_and_spaces",
        );
        assert!(e.help.unwrap().starts_with("indent with spaces only"));
    }
    // Tabs alone, or tabs used the same way on every line, are fine.
    assert_eq!(toks("if x:\n\ta\n\tb\n")[4], Indent);
    assert_eq!(toks("if x:\n  \ta\n  \tb\n")[4], Indent);
}

#[test]
fn backslash_errors() {
    check_error(
        "x = 1 \\ 2",
        "unexpected character after line continuation character",
        (6, 7),
        ErrorKind::Syntax,
        "weft::syntax::continuation_character",
    );
    check_error(
        "x = 1 \\",
        "unexpected EOF while parsing",
        (6, 7),
        ErrorKind::Syntax,
        "weft::syntax::unexpected_eof",
    );
}

#[test]
fn stray_characters() {
    let code = "weft::syntax::invalid_character";
    check_error(
        "a = €",
        "invalid character '€' (U+20AC)",
        (4, 7),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "a€ = 1",
        "invalid character '€' (U+20AC)",
        (1, 4),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "a = $",
        "invalid character '$' (U+0024)",
        (4, 5),
        ErrorKind::Syntax,
        code,
    );
    let e = check_error(
        "a = ?",
        "invalid character '?' (U+003F)",
        (4, 5),
        ErrorKind::Syntax,
        code,
    );
    assert!(e.help.unwrap().contains("if condition else"));
    let e = check_error(
        "if !a: pass",
        "invalid character '!' (U+0021)",
        (3, 4),
        ErrorKind::Syntax,
        code,
    );
    assert!(e.help.unwrap().contains("not x"));
    check_error(
        "x = `a`",
        "invalid character '`' (U+0060)",
        (4, 5),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "print(\u{201c}hi\u{201d})",
        "invalid character '\u{201c}' (U+201C)",
        (6, 9),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "x = \u{a0} 1",
        "invalid non-printable character U+00A0",
        (4, 6),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "x = \u{1}",
        "invalid non-printable character U+0001",
        (4, 5),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "x = \u{200b}1",
        "invalid non-printable character U+200B",
        (4, 7),
        ErrorKind::Syntax,
        code,
    );
    check_error(
        "x = 1\0",
        "source code cannot contain null bytes",
        (5, 6),
        ErrorKind::Syntax,
        "weft::syntax::null_byte",
    );
    check_error(
        "x = 1 <> 2",
        "invalid syntax",
        (6, 8),
        ErrorKind::Syntax,
        "weft::syntax::invalid_operator",
    );
}

#[test]
fn an_error_ends_the_stream() {
    let mut lexer = Lexer::new("x = 1)\ny = 2\n");
    assert_eq!(lexer.by_ref().filter_map(Result::ok).count(), 3);
    assert!(lexer.next().is_none());
}

#[test]
fn backslash_at_end_of_input() {
    for source in ["x = 1 \\\n", "x = 1 \\\r\n", "\\\n"] {
        let e = err(source);
        assert_eq!(e.message, "unexpected EOF while parsing", "{source:?}");
        assert_eq!(
            e.span,
            Span::new(source.find('\\').unwrap(), source.find('\\').unwrap() + 1)
        );
    }
    assert_eq!(err("(1 \\\n").message, "'(' was never closed");
    // Anything after the joined line, even a blank line, is fine.
    assert_eq!(toks("x = 1 \\\n\n"), [Name("x"), Equal, int(1), Newline]);
}

#[test]
fn unterminated_triple_quote_line_count() {
    assert_eq!(
        err("'''abc\n\n").message,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
}

#[test]
fn nesting_limits() {
    // CPython 3.11 allows 200 nested brackets and 99 nested blocks.
    let ok = format!("x = {}{}", "(".repeat(200), ")".repeat(200));
    assert_eq!(toks(&ok).len(), 403);
    let deep = format!("x = {}{}", "(".repeat(201), ")".repeat(201));
    let e = err(&deep);
    assert_eq!(
        (e.message.as_str(), e.span),
        ("too many nested parentheses", Span::new(204, 205))
    );
    let blocks = |n: usize| {
        let mut source: String = (0..n)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect();
        source.push_str(&" ".repeat(n));
        source.push_str("pass\n");
        source
    };
    assert_eq!(
        toks(&blocks(99)).iter().filter(|t| **t == Indent).count(),
        99
    );
    let e = err(&blocks(100));
    assert_eq!(
        (e.message.as_str(), e.kind),
        ("too many levels of indentation", ErrorKind::Indentation)
    );
}
#[test]
fn rendered_errors() {
    let sources = [
        "x = [1,\n  2)\n",
        "if x:\n\ta\n        b\n",
        "x = 'abc\n",
        "x = 0o19\n",
        "if x:\n    a\n  b\n",
        "s = '\\N{EM DASHH}'\n",
        "x = b'caf\u{e9}'\n",
        "print(f(x)\n",
    ];
    let rendered: Vec<String> = sources
        .iter()
        .map(|source| crate::diagnostics::Report::new(&err(source), "x.py", source).render(false))
        .collect();
    insta::assert_snapshot!(rendered.join("\n"));
}
