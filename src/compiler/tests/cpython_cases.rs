//! The front end against CPython 3.11. Each table in `testdata/` holds rows of a source and
//! what `compile()` said about it: `OK`, or the message with its 1-based `(line, col, end line,
//! end col)` (`testdata/regen.py` rewrites that column from `python3`). Every source is parsed
//! and checked as a module, and weft must say the same. Rows where weft differs for a known
//! reason are listed in `KNOWN` with the reason; a listed row that starts to match fails the
//! test, so the list only shrinks.

use crate::compiler::{check, Mode};
use crate::parser::parse_module;
use crate::span::line_col;

/// The first table, from the checks' first version; then `match` patterns and f-string fields.
const TABLES: &[(&str, &str)] = &[
    (
        "python311_cases.tsv",
        include_str!("../testdata/python311_cases.tsv"),
    ),
    (
        "python311_patterns.tsv",
        include_str!("../testdata/python311_patterns.tsv"),
    ),
];

/// Rows (by source, as written in the table) where weft's answer differs, and why.
const KNOWN: &[(&str, &str)] = &[
    (
        "a, b: int",
        "the parser (src/parser/statements.rs, ann_assign) rejects it before the checks and \
         points at the whole tuple; CPython points at the first target of an unbracketed tuple, \
         as check/targets.rs would",
    ),
    (
        "match p:\\n    case {f\"a\": 1}: pass",
        "the parser (src/parser/patterns.rs, mapping) rejects an f-string key with the message \
         for values, on the key; CPython's compiler says 'mapping pattern keys may only match \
         literals and attribute lookups' on the whole mapping, as check/patterns.rs would",
    ),
    (
        "match x:\\n    case {f\"{yield}\": 1}: pass",
        "as for the f-string key above",
    ),
    (
        "f\"{f'{yield}'}\"",
        "the parser gives the fields of an f-string nested in a field spans relative to the \
         inner f-string, so 'yield' outside function points 3 columns too far left",
    ),
];

/// `\n` stands for a newline and `\\` for a backslash.
fn decode(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next() {
            Some('n') => '\n',
            Some(other) => other,
            None => '\\',
        });
    }
    out
}

/// What weft says about `source`, in the tables' form.
fn weft_says(source: &str) -> String {
    let result = parse_module(source).and_then(|module| check(&module, Mode::Module).map(|_| ()));
    match result {
        Ok(()) => "OK".to_string(),
        Err(error) => {
            // The sources are ASCII, so CPython's byte columns are character columns.
            let (line, col) = line_col(source, error.span.start);
            let (end_line, end_col) = line_col(source, error.span.end);
            format!("{} ({line}, {col}, {end_line}, {end_col})", error.message)
        }
    }
}

#[test]
fn front_end_reports_what_python_3_11_reports() {
    let mut failures = Vec::new();
    let mut listed = 0;
    for (table, rows) in TABLES {
        let (mut matched, mut total) = (0, 0);
        for row in rows.lines().filter(|l| !l.is_empty()) {
            let Some((source, expected)) = row.split_once('\t') else {
                panic!("{table}: a row without a tab: {row:?}");
            };
            total += 1;
            let got = weft_says(&decode(source));
            let known = KNOWN.iter().any(|(s, _)| *s == source);
            listed += usize::from(known);
            match (got == expected, known) {
                (true, false) => matched += 1,
                (true, true) => failures.push(format!(
                    "{source}\n  now matches CPython: remove it from KNOWN"
                )),
                (false, true) => {}
                (false, false) => {
                    failures.push(format!("{source}\n  python: {expected}\n  weft:   {got}"))
                }
            }
        }
        eprintln!("{table}: {matched} of {total} rows match CPython 3.11");
    }
    assert!(
        failures.is_empty(),
        "{} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(listed, KNOWN.len(), "a KNOWN row is not in any table");
}

#[test]
fn table_sources_decode() {
    assert_eq!(decode(r"a\nb\\n"), "a\nb\\n");
}
