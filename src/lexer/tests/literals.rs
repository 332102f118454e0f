//! Number and string literals: values, prefixes, escapes, spans, and their errors.

use super::*;

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
