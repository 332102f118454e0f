//! No input may crash the parser: truncations, random edits, and nesting deeper than any
//! stack.

use super::*;
use crate::diagnostics::ErrorKind;

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
