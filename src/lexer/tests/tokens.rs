//! Names, keywords, operators, layout tokens, soft keywords and f-string fields.

use super::*;

// --- names, keywords, operators ------------------------------------------------------------

#[test]
fn names_and_keywords() {
    assert_eq!(
        toks("if x_1 is not None: pass"),
        [If, Name("x_1"), Is, Not, None, Colon, Pass, Newline]
    );
    assert_eq!(
        toks("True False async await")[..4],
        [True, False, Async, Await]
    );
    assert_eq!(toks("_ __init__")[..2], [Name("_"), Name("__init__")]);
}

#[test]
fn unicode_names() {
    assert_eq!(
        toks("café = été + ñ2 + 変数")[..7],
        [
            Name("café"),
            Equal,
            Name("été"),
            Plus,
            Name("ñ2"),
            Plus,
            Name("変数")
        ]
    );
}

#[test]
fn all_operators() {
    let source = "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> ... \
                  += -= *= /= //= %= @= &= |= ^= <<= >>= **=";
    assert_eq!(
        toks(source),
        [
            Plus,
            Minus,
            Star,
            DoubleStar,
            Slash,
            DoubleSlash,
            Percent,
            At,
            LeftShift,
            RightShift,
            Amper,
            VBar,
            Circumflex,
            Tilde,
            ColonEqual,
            Less,
            Greater,
            LessEqual,
            GreaterEqual,
            EqEqual,
            NotEqual,
            LPar,
            RPar,
            LSqb,
            RSqb,
            LBrace,
            RBrace,
            Comma,
            Colon,
            Dot,
            Semi,
            Equal,
            Rarrow,
            Ellipsis,
            PlusEqual,
            MinusEqual,
            StarEqual,
            SlashEqual,
            DoubleSlashEqual,
            PercentEqual,
            AtEqual,
            AmperEqual,
            VBarEqual,
            CircumflexEqual,
            LeftShiftEqual,
            RightShiftEqual,
            DoubleStarEqual,
            Newline
        ]
    );
    // Longest match, no spaces.
    assert_eq!(toks("a**=b")[..3], [Name("a"), DoubleStarEqual, Name("b")]);
    assert_eq!(toks("x=-1")[..3], [Name("x"), Equal, Minus]);
    assert_eq!(toks("a.b...")[..4], [Name("a"), Dot, Name("b"), Ellipsis]);
}

#[test]
fn token_spans() {
    assert_eq!(
        spanned("ab += 10"),
        [
            (0, Name("ab"), 2),
            (3, PlusEqual, 5),
            (6, int(10), 8),
            (8, Newline, 8)
        ]
    );
}

// --- layout: NEWLINE, INDENT, DEDENT, brackets, continuation --------------------------------

#[test]
fn layout_spans() {
    let source = "if x:\n    y\n        z\nw\n";
    assert_eq!(
        spanned(source),
        [
            (0, If, 2),
            (3, Name("x"), 4),
            (4, Colon, 5),
            (5, Newline, 6),
            (6, Indent, 10),
            (10, Name("y"), 11),
            (11, Newline, 12),
            (12, Indent, 20),
            (20, Name("z"), 21),
            (21, Newline, 22),
            (22, Dedent, 22),
            (22, Dedent, 22),
            (22, Name("w"), 23),
            (23, Newline, 24),
        ]
    );
}

#[test]
fn end_of_input() {
    // A last line without a line break still ends with NEWLINE, then the open blocks close.
    assert_eq!(
        spanned("if x:\n  y"),
        [
            (0, If, 2),
            (3, Name("x"), 4),
            (4, Colon, 5),
            (5, Newline, 6),
            (6, Indent, 8),
            (8, Name("y"), 9),
            (9, Newline, 9),
            (9, Dedent, 9),
        ]
    );
    assert_eq!(toks(""), []);
    assert_eq!(toks("\n\n  \n# only a comment\n"), []);
    assert_eq!(toks("x\n\n   \n"), [Name("x"), Newline]);
    assert_eq!(toks("x  # comment"), [Name("x"), Newline]);
}

#[test]
fn blank_and_comment_lines_keep_indentation() {
    let source = "def f():\n    a\n\n  # comment\n        \n\tb = 1 if 0 else 2\n";
    // (The tab line has width 8 with tab size 8: deeper than 4, but ambiguous: a TabError.)
    assert_eq!(err(source).kind, ErrorKind::Tab);
    let source = "def f():\n    a\n\n  # comment\n        \n    b\nc\n";
    assert_eq!(
        toks(source),
        [
            Def,
            Name("f"),
            LPar,
            RPar,
            Colon,
            Newline,
            Indent,
            Name("a"),
            Newline,
            Name("b"),
            Newline,
            Dedent,
            Name("c"),
            Newline
        ]
    );
}

#[test]
fn line_endings() {
    let expected = [
        If,
        Name("x"),
        Colon,
        Newline,
        Indent,
        Name("y"),
        Newline,
        Dedent,
        Name("z"),
        Newline,
    ];
    assert_eq!(toks("if x:\r\n  y\r\nz\r\n"), expected);
    assert_eq!(toks("if x:\r  y\rz\r"), expected);
    assert_eq!(spanned("a\r\nb")[1], (1, Newline, 3));
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(
        toks("if x:\n  y\n\x0cz\n")[7..],
        [Dedent, Name("z"), Newline]
    );
    assert_eq!(toks("x = 1\x0c\n"), [Name("x"), Equal, int(1), Newline]);
}

#[test]
fn brackets_join_lines() {
    let source = "x = (1,\n  2,\n# c\n\n        3) + [\n]\ny";
    assert_eq!(
        toks(source),
        [
            Name("x"),
            Equal,
            LPar,
            int(1),
            Comma,
            int(2),
            Comma,
            int(3),
            RPar,
            Plus,
            LSqb,
            RSqb,
            Newline,
            Name("y"),
            Newline
        ]
    );
    // A closing bracket on its own less-indented line changes nothing.
    assert_eq!(
        toks("if 1:\n  (\n  )\n")[4..],
        [Indent, LPar, RPar, Newline, Dedent]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(
        toks("x = 1 \\\n  + 2\n"),
        [Name("x"), Equal, int(1), Plus, int(2), Newline]
    );
    assert_eq!(
        toks("x = 1 \\\r\n+ 2"),
        [Name("x"), Equal, int(1), Plus, int(2), Newline]
    );
    // Indentation is measured on the first physical line of a logical line.
    assert_eq!(toks("  \\\nx = 1")[0], Indent);
}

#[test]
fn byte_order_mark_is_skipped() {
    assert_eq!(spanned("\u{feff}x"), [(3, Name("x"), 4), (4, Newline, 4)]);
}

// --- soft keywords -------------------------------------------------------------------------

fn soft(source: &str) -> Vec<Tok<'_>> {
    toks(source)
        .into_iter()
        .filter(|t| matches!(t, Match | Case | Name("match" | "case")))
        .collect()
}

#[test]
fn match_is_a_keyword_only_on_a_header_line() {
    for header in [
        "match x:",
        "match (a, b):",
        "match -x:",
        "match [a]:",
        "match(x):",
        "match *a, b:",
        "match {1: 2}:",
        "match x:  # comment",
        "match f(x) \\\n  :",
        "match 'a':",
    ] {
        let source = format!("{header}\n    case _: pass\n");
        assert_eq!(soft(&source), [Match, Case], "{header}");
    }
    for line in [
        "match = 3",
        "match.x = 1",
        "match(x)",
        "match[x] = 1",
        "match: int = 3",
        "match, b = 1, 2",
        "match += 1",
        "match == 3",
        "match x",
        "match x: y",
        "print(match)",
        "x = match",
    ] {
        assert_eq!(soft(line), [Name("match")], "{line}");
    }
    assert_eq!(soft("lambda: match"), [Name("match")]);
}

#[test]
fn case_is_a_keyword_only_directly_in_a_match_block() {
    let source = "\
match x:
    case 1: return x
    case (a, b):
        case = 3
        match y:
            case _:
                pass
    case _:
        pass
case = 1
def f():
    case(2)
";
    assert_eq!(
        soft(source),
        [
            Match,
            Case,
            Case,
            Name("case"),
            Match,
            Case,
            Case,
            Name("case"),
            Name("case")
        ]
    );
    // Only the first indented level after the header is the match block.
    assert_eq!(soft("if x:\n    case 1: pass\n"), [Name("case")]);
    assert_eq!(
        soft("match x:\n    case 1:\n        case\n"),
        [Match, Case, Name("case")]
    );
}

#[test]
fn match_line_errors_keep_their_order() {
    // The line after `match` is buffered; an error inside it still comes out, after the tokens.
    let mut lexer = Lexer::new("match x $:\n");
    assert_eq!(lexer.next().unwrap().unwrap().1, Name("match"));
    assert_eq!(lexer.next().unwrap().unwrap().1, Name("x"));
    assert_eq!(
        lexer.next().unwrap().unwrap_err().message,
        "invalid character '$' (U+0024)"
    );
    assert!(lexer.next().is_none());
}

// --- f-string fields -----------------------------------------------------------------------

#[test]
fn fstring_field_lexes_as_inside_brackets() {
    let tokens: Vec<_> = Lexer::for_fstring_field("a +\n b", 10)
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        tokens,
        [
            (10, Name("a"), 11),
            (12, Plus, 13),
            (15, Name("b"), 16),
            (16, Newline, 16)
        ]
    );
    // `match` is never a keyword there, and there is no indentation.
    let tokens: Vec<_> = Lexer::for_fstring_field("  match", 0)
        .map(|t| t.unwrap().1)
        .collect();
    assert_eq!(tokens, [Name("match"), Newline]);
    let e = Lexer::for_fstring_field("x + 'a", 20)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(e.span, Span::new(24, 25));
    assert_eq!(e.message, "f-string: unterminated string");
    // CPython 3.11 refuses comments and backslashes in fields, but not '#' in a string there.
    let e = Lexer::for_fstring_field("x # c", 20)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(
        (e.message.as_str(), e.span),
        (
            "f-string expression part cannot include '#'",
            Span::new(22, 23)
        )
    );
    let e = Lexer::for_fstring_field("x + '\\n'", 20)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(
        (e.message.as_str(), e.span),
        (
            "f-string expression part cannot include a backslash",
            Span::new(25, 26)
        )
    );
    let e = Lexer::for_fstring_field("x \\\n+ 1", 0)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(e.code, "weft::syntax::fstring_backslash");
    let tokens: Vec<_> = Lexer::for_fstring_field("'#'", 0)
        .map(|t| t.unwrap().1)
        .collect();
    assert_eq!(tokens, [s("#"), Newline]);
    let e = Lexer::for_fstring_field("(x", 20)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(
        (e.message.as_str(), e.span),
        ("'(' was never closed", Span::new(20, 21))
    );
}
