//! Unit tests of the lexer: token kinds and values, layout spans, soft keywords, every error
//! message (checked against CPython 3.11), `dump_tokens` snapshots, and no-panic sweeps.

use super::*;
use crate::ast::Int;
use crate::diagnostics::ErrorKind;
use crate::span::Span;
use crate::token::FStringTok;

/// The tokens of `source`, which must lex.
fn toks(source: &str) -> Vec<Tok<'_>> {
    Lexer::new(source)
        .map(|item| match item {
            Ok((_, tok, _)) => tok,
            Err(e) => panic!("{source:?} failed: {e:?}"),
        })
        .collect()
}

/// The tokens of `source` with their spans.
fn spanned(source: &str) -> Vec<(usize, Tok<'_>, usize)> {
    Lexer::new(source)
        .map(|item| item.unwrap_or_else(|e| panic!("{source:?} failed: {e:?}")))
        .collect()
}

/// The error that ends lexing `source`; the stream must end right after it.
fn err(source: &str) -> SyntaxError {
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
fn one(source: &str) -> Tok<'_> {
    let tokens = toks(source);
    assert_eq!(tokens.len(), 2, "{source:?}: {tokens:?}");
    tokens[0].clone()
}

fn int(v: i64) -> Tok<'static> {
    Tok::Int(Int::Small(v))
}

fn s(v: &str) -> Tok<'static> {
    Tok::Str(v.to_string())
}

use Tok::*;

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

// --- numbers -------------------------------------------------------------------------------

#[test]
fn integers() {
    assert_eq!(one("0"), int(0));
    assert_eq!(one("00"), int(0));
    assert_eq!(one("0_0"), int(0));
    assert_eq!(one("1_000_000"), int(1_000_000));
    assert_eq!(one("0x1F"), int(31));
    assert_eq!(one("0XdEaD_bEeF"), int(0xdead_beef));
    assert_eq!(one("0o17"), int(15));
    assert_eq!(one("0O_7"), int(7));
    assert_eq!(one("0b1010"), int(10));
    assert_eq!(one("0B_1_0"), int(2));
    assert_eq!(one("9223372036854775807"), int(i64::MAX));
    let big = "9223372036854775808".parse().unwrap();
    assert_eq!(one("9223372036854775808"), Tok::Int(Int::Big(big)));
    let big = num_bigint::BigInt::from(1u8) << 100;
    assert_eq!(
        one("0x1_0000000000_0000000000_00000"),
        Tok::Int(Int::Big(big))
    );
}

#[test]
fn floats_and_imaginary() {
    assert_eq!(one("1."), Float(1.0));
    assert_eq!(one(".5"), Float(0.5));
    assert_eq!(one("1e10"), Float(1e10));
    assert_eq!(one("1.5E-3"), Float(1.5e-3));
    assert_eq!(one("1_0.0_1"), Float(10.01));
    assert_eq!(one("1e1_0"), Float(1e10));
    assert_eq!(one("09.5"), Float(9.5));
    assert_eq!(one("00.5"), Float(0.5));
    assert_eq!(one("0e5"), Float(0.0));
    assert_eq!(one("1.e5"), Float(1e5));
    assert_eq!(one("1e999"), Float(f64::INFINITY));
    assert_eq!(one("3j"), Imaginary(3.0));
    assert_eq!(one("1.5J"), Imaginary(1.5));
    assert_eq!(one("1_000j"), Imaginary(1000.0));
    assert_eq!(one("0j"), Imaginary(0.0));
    assert_eq!(one("1.j"), Imaginary(1.0));
}

#[test]
fn numbers_next_to_keywords_and_dots() {
    // CPython 3.11 still accepts (with a warning) a number running into these keywords.
    assert_eq!(
        toks("1if x else 2")[..5],
        [int(1), If, Name("x"), Else, int(2)]
    );
    assert_eq!(toks("1or 2")[..3], [int(1), Or, int(2)]);
    assert_eq!(toks("1in x")[..2], [int(1), In]);
    assert_eq!(toks("0xfor")[..2], [int(15), Or]);
    assert_eq!(toks("1else")[..2], [int(1), Else]);
    assert_eq!(toks("1.0and 2")[..2], [Float(1.0), And]);
    assert_eq!(toks("1..real")[..3], [Float(1.0), Dot, Name("real")]);
    assert_eq!(toks("x.y")[..3], [Name("x"), Dot, Name("y")]);
}

fn number_error(source: &str, message: &str, span: (usize, usize)) {
    let e = err(source);
    assert_eq!(e.message, message, "{source:?}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{source:?}");
    assert!(e.code.starts_with("weft::syntax::"), "{source:?}");
    assert!(!e.label.is_empty() && e.help.is_some(), "{source:?}");
}

#[test]
fn number_errors() {
    number_error("1__0", "invalid decimal literal", (1, 2));
    number_error("1_", "invalid decimal literal", (1, 2));
    number_error("0_", "invalid decimal literal", (1, 2));
    number_error("1_.5", "invalid decimal literal", (1, 2));
    number_error("1._5", "invalid decimal literal", (2, 3));
    number_error("1.5_", "invalid decimal literal", (3, 4));
    number_error("0x_", "invalid hexadecimal literal", (3, 3));
    number_error("0x", "invalid hexadecimal literal", (2, 2));
    number_error("0x1g", "invalid hexadecimal literal", (3, 4));
    number_error("0o", "invalid octal literal", (2, 2));
    number_error("0b", "invalid binary literal", (2, 2));
    number_error("0b1_", "invalid binary literal", (4, 4));
    number_error("0o8", "invalid digit '8' in octal literal", (2, 3));
    number_error("0o1289", "invalid digit '8' in octal literal", (4, 5));
    number_error("0b12", "invalid digit '2' in binary literal", (3, 4));
    number_error("1abc", "invalid decimal literal", (1, 2));
    number_error("1é", "invalid decimal literal", (1, 3));
    number_error("1e", "invalid decimal literal", (1, 2));
    number_error("1e+", "invalid decimal literal", (3, 3));
    number_error("1jk", "invalid imaginary literal", (2, 3));
    number_error("1.__class__", "invalid decimal literal", (2, 3));
    let zeros =
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for \
                 octal integers";
    number_error("0123", zeros, (0, 1));
    number_error("09", zeros, (0, 1));
    number_error("0_7", zeros, (0, 2));
    number_error("x = 007", zeros, (4, 6));
}

// --- strings -------------------------------------------------------------------------------

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(one("'a'"), s("a"));
    assert_eq!(one("\"a'b\""), s("a'b"));
    assert_eq!(one("''"), s(""));
    assert_eq!(one("''''''"), s(""));
    assert_eq!(one("'''a'b''c'''"), s("a'b''c"));
    assert_eq!(one("\"\"\"x\n\"y\"\n\"\"\""), s("x\n\"y\"\n"));
    assert_eq!(one("u'x'"), s("x"));
    assert_eq!(one("U'x'"), s("x"));
    assert_eq!(one("r'\\d'"), s("\\d"));
    assert_eq!(one("R'\\''"), s("\\'"));
    assert_eq!(one("b'ab'"), Bytes(b"ab".to_vec()));
    assert_eq!(one("B'ab'"), Bytes(b"ab".to_vec()));
    for prefix in ["br", "rb", "Br", "rB", "BR", "RB"] {
        assert_eq!(
            one(&format!("{prefix}'\\x41'")),
            Bytes(b"\\x41".to_vec()),
            "{prefix}"
        );
    }
    // Adjacent literals stay separate tokens; the parser concatenates them.
    assert_eq!(toks("'a' 'b'"), [s("a"), s("b"), Newline]);
    // `u` combines with nothing: `ub` is a name, then a string (a parse error later).
    assert_eq!(toks("ub'x'")[..2], [Name("ub"), s("x")]);
    assert_eq!(toks("ur'x'")[..2], [Name("ur"), s("x")]);
    // A name that merely starts like a prefix.
    assert_eq!(toks("rb + bar")[..3], [Name("rb"), Plus, Name("bar")]);
}

#[test]
fn string_spans() {
    assert_eq!(spanned("x = rb'a'")[2], (4, Bytes(b"a".to_vec()), 9));
    assert_eq!(
        spanned("'''a\nb'''\n")[..2],
        [(0, s("a\nb"), 9), (9, Newline, 10)]
    );
}

#[test]
fn f_strings_stay_undecoded() {
    let tokens = spanned("x = f'{a!r:>{w}}\\n'");
    assert_eq!(
        tokens[2],
        (
            4,
            FString(FStringTok {
                content: "{a!r:>{w}}\\n",
                content_start: 6,
                raw: false,
            }),
            19
        )
    );
    for prefix in ["rf", "fr", "Rf", "fR", "FR"] {
        let source = format!("{prefix}'''{{x}}\\d'''");
        let tokens = toks(&source);
        assert_eq!(
            tokens[0],
            FString(FStringTok {
                content: "{x}\\d",
                content_start: 5,
                raw: true
            }),
            "{prefix}"
        );
    }
    assert_eq!(
        toks("F''")[0],
        FString(FStringTok {
            content: "",
            content_start: 2,
            raw: false
        })
    );
}

#[test]
fn escapes() {
    assert_eq!(
        one(r#"'\n\t\\\'\"\a\b\f\v\r'"#),
        s("\n\t\\'\"\x07\x08\x0c\x0b\r")
    );
    assert_eq!(one(r"'\0\7\101\1011\777'"), s("\0\x07AA1\u{1ff}"));
    assert_eq!(one(r"'\x41\xe9'"), s("Aé"));
    assert_eq!(one(r"'\u00e9\U0001F600'"), s("é😀"));
    assert_eq!(one(r"'\N{EM DASH}\N{latin small letter a}'"), s("—a"));
    // Unknown escapes keep their backslash.
    assert_eq!(one(r"'\d\q\ '"), s("\\d\\q\\ "));
    // Backslash-newline continues the literal without a newline.
    assert_eq!(one("'ab\\\ncd'"), s("abcd"));
    assert_eq!(one("'ab\\\r\ncd'"), s("abcd"));
    assert_eq!(one("'''a\\\nb'''"), s("ab"));
    // Line endings inside a literal read as `\n`.
    assert_eq!(one("'''a\r\nb\rc'''"), s("a\nb\nc"));
    assert_eq!(one("r'''a\r\nb'''"), s("a\nb"));
    // Bytes: no \u, \U or \N; octal keeps the low byte.
    assert_eq!(
        one(r"b'\x41\xff\101\777\u0041\N{DASH}'"),
        Bytes(b"A\xffA\xff\\u0041\\N{DASH}".to_vec())
    );
    // Raw strings keep everything but still cannot end on an escaped quote.
    assert_eq!(one(r"r'\n\x4'"), s("\\n\\x4"));
    assert_eq!(one(r#"r"\"""#), s("\\\""));
}

#[test]
fn decode_str_body_for_fstring_parts() {
    assert_eq!(decode_str_body("a\\tb", false, 0).unwrap(), "a\tb");
    assert_eq!(decode_str_body("a\\tb", true, 0).unwrap(), "a\\tb");
    let e = decode_str_body("ab\\x4", false, 100).unwrap_err();
    assert_eq!(e.span, Span::new(102, 105));
}

fn string_error(source: &str, message: &str, span: (usize, usize)) -> SyntaxError {
    let e = err(source);
    assert_eq!(e.message, message, "{source:?}");
    assert_eq!(e.span, Span::new(span.0, span.1), "{source:?}");
    assert!(e.code.starts_with("weft::syntax::"), "{source:?}");
    assert!(e.help.is_some(), "{source:?}");
    e
}

#[test]
fn unterminated_strings() {
    let e = string_error(
        "x = 'abc",
        "unterminated string literal (detected at line 1)",
        (4, 5),
    );
    assert_eq!(e.code, "weft::syntax::unterminated_string");
    assert_eq!(e.label, "this string is never closed");
    string_error(
        "x = 'abc\\",
        "unterminated string literal (detected at line 1)",
        (4, 5),
    );
    string_error(
        "x = 1\ny = rb'abc\n",
        "unterminated string literal (detected at line 2)",
        (10, 13),
    );
    string_error(
        "'a\\\nb",
        "unterminated string literal (detected at line 2)",
        (0, 1),
    );
    string_error(
        "x = \"\"\"abc\n\ny",
        "unterminated triple-quoted string literal (detected at line 3)",
        (4, 7),
    );
    string_error(
        "'''abc\n",
        "unterminated triple-quoted string literal (detected at line 1)",
        (0, 3),
    );
    string_error(
        "f'''",
        "unterminated triple-quoted string literal (detected at line 1)",
        (0, 4),
    );
}

#[test]
fn escape_errors() {
    let e = string_error(
        r"x = '\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape",
        (5, 8),
    );
    assert_eq!(e.code, "weft::syntax::invalid_escape");
    string_error(
        r"x = 'abc\x4'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \xXX escape",
        (8, 11),
    );
    string_error(
        r"'\xZZ'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape",
        (1, 3),
    );
    string_error(
        r"'\u12'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape",
        (1, 5),
    );
    string_error(
        r"'\U1234567'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \UXXXXXXXX escape",
        (1, 10),
    );
    string_error(
        r"'\U00110000'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
        (1, 11),
    );
    string_error(
        r"'\N{FOO BAR}'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name",
        (1, 12),
    );
    string_error(
        r"'\N{DASH'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: malformed \N character escape",
        (1, 8),
    );
    string_error(
        r"'\N'",
        r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape",
        (1, 3),
    );
    string_error(
        r"b'ab\x4'",
        r"(value error) invalid \x escape at position 2",
        (4, 7),
    );
    let e = string_error(
        r"'\ud800'",
        r"lone surrogate '\ud800' is not supported: weft strings hold only valid Unicode",
        (1, 7),
    );
    assert_eq!(e.code, "weft::syntax::surrogate_escape");
    assert!(e.help.is_some());
}

#[test]
fn non_ascii_bytes() {
    let e = err("x = b'aé'");
    assert_eq!(e.message, "bytes can only contain ASCII literal characters");
    assert_eq!(e.span, Span::new(4, 10));
    assert_eq!(
        e.related,
        [(Span::new(7, 9), "'é' is not ASCII".to_string())]
    );
    assert_eq!(e.help.as_deref(), Some("write non-ASCII bytes as escapes, e.g. '\\xc3\\xa9' for the UTF-8 encoding of 'é', or use a str literal"));
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
        Some("line this up with the block it belongs to: the enclosing blocks are indented by 0")
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
            "line this up with the block it belongs to: the enclosing blocks are indented by 0, 2"
        )
    );
    // The DEDENTs before the error come out first.
    let items: Vec<_> = Lexer::new("if x:\n  if y:\n      a\n    b").collect();
    assert!(matches!(items[items.len() - 2], Ok((26, Dedent, 26))));
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

// --- dump_tokens snapshots -----------------------------------------------------------------

#[test]
fn dump_async_program() {
    let source = "\
import asyncio

async def greet(name, delay=0.5):
    \"\"\"Say hello after a while.\"\"\"
    await asyncio.sleep(delay)  # suspends here
    print(f\"hello {name}!\", end='\\n')
    return {'name': name, 'ok': True}

async def main():
    results = await asyncio.gather(
        greet(\"a\"),
        greet(\"b\", delay=1_0e-1),
    )
    match results:
        case [first, *rest] if first:
            print(first)
        case _:
            pass

asyncio.run(main())
";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

#[test]
fn dump_literals() {
    let source = "x = (0xFF, 0o17, 0b1, 1_000, 12345678901234567890, 1.5e-3, .5, 2j,\n\
                  'a\\tb', r'\\d+', b'\\x00\\xff', rb'\\n', '''two\nlines''', fr'{x}\\n')\n";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

#[test]
fn dump_layout() {
    let source = "class A:\n\n    # comment\n    def f(self):\n        if self:\n            return [\n  1,\n]\n    x = 1 \\\n        + 2\ny = 3";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

// --- no input may panic --------------------------------------------------------------------

/// Lexes `source` to the end; the stream must end, and spans must be in bounds and ordered.
fn lex_all(source: &str) {
    let mut last_end = 0;
    for item in Lexer::new(source) {
        match item {
            Ok((start, _, end)) => {
                assert!(start <= end && end <= source.len(), "{source:?}");
                assert!(start >= last_end || start == end, "{source:?}");
                last_end = end;
            }
            Err(e) => {
                assert!(
                    e.span.start <= e.span.end && e.span.end <= source.len(),
                    "{source:?}: {e:?}"
                );
                break;
            }
        }
    }
}

#[test]
fn every_truncation_lexes_without_panic() {
    let program = "\
async def f(x, *a, **k) -> int:
\tmatch x:
\t\tcase {'k': [1, 2.5e3, 0x_f]}: return b'\\x41\\777' + rb\"\\\"\"
\ty = f'{x!r:>{w}}' '''tri\r\nple''' \"\\N{EM DASH}\\u00e9\\U0001F600\" \\
    + 0o17 + 0b1_0 + 1_000j + .5 @ z
    # comment ü
  \x0c  return (yield)  # é
€ $ ? ! ` <> \0 \u{a0}
";
    for end in 0..=program.len() {
        if program.is_char_boundary(end) {
            lex_all(&program[..end]);
        }
    }
    for start in 0..program.len() {
        if program.is_char_boundary(start) {
            lex_all(&program[start..]);
        }
    }
}

#[test]
fn random_inputs_lex_without_panic() {
    // A small xorshift generator: deterministic, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> =
        "abcfrubFRUB_019xXoOjJeE.+-*/%@<>=!&|^~:;,()[]{}'\"\\#$? \t\n\r\x0c\0é€\u{a0}"
            .chars()
            .collect();
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let source: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        lex_all(&source);
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        lex_all(&String::from_utf8_lossy(&bytes));
        let field = source.clone();
        for item in Lexer::for_fstring_field(&field, 7) {
            if item.is_err() {
                break;
            }
        }
        let _ = decode_str_body(&source, false, 0);
    }
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
