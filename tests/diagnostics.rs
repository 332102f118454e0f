//! Diagnostics for bad input: every `tests/diagnostics/*.py` holds exactly one error. Each
//! rendered diagnostic is a snapshot, and its headline must equal CPython 3.11's
//! (`cpython.txt`, written by `cpython.py`) unless `known_differences.txt` says why not.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use weft::diagnostics::Report;
use weft::span::line_col;

fn diagnostics_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/diagnostics"))
}

/// `NAME<TAB>...` lines of a table in the diagnostics folder, keyed by NAME.
fn table(file: &str) -> HashMap<String, Vec<String>> {
    let text = fs::read_to_string(diagnostics_dir().join(file)).unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut fields = line.split('\t').map(str::to_string);
            let name = fields.next().unwrap_or_default();
            (name, fields.collect())
        })
        .collect()
}

#[test]
fn rendered_diagnostics() {
    insta::glob!("diagnostics/*__*.py", |path| {
        let source = fs::read_to_string(path).expect("readable UTF-8");
        let name = path.file_name().unwrap().to_string_lossy();
        let error =
            weft::check(&source).expect_err(&format!("{name} should be rejected by the front end"));
        insta::assert_snapshot!(Report::new(&error, &name, &source).render(false));
    });
}

#[test]
fn headlines_match_cpython() {
    let expected = table("cpython.txt");
    let known = table("known_differences.txt");
    assert!(expected.len() >= 40, "cpython.txt lists too few inputs");
    let mut mismatches = Vec::new();
    let mut names: Vec<&String> = expected.keys().collect();
    names.sort();
    for name in names {
        let fields = &expected[name];
        let [class, line, message] = &fields[..] else {
            panic!("malformed cpython.txt line for {name}");
        };
        let source = fs::read_to_string(diagnostics_dir().join(name)).expect("listed file exists");
        let Err(error) = weft::check(&source) else {
            mismatches.push(format!("{name}: accepted, CPython says {class}: {message}"));
            continue;
        };
        let (weft_line, _) = line_col(&source, error.span.start);
        let got = format!(
            "{}: {} (line {weft_line})",
            error.kind.python_name(),
            error.message
        );
        let want = format!("{class}: {message} (line {line})");
        if got != want && !known.contains_key(name) {
            mismatches.push(format!("{name}:\n    weft:    {got}\n    CPython: {want}"));
        }
        if got == want && known.contains_key(name) {
            mismatches.push(format!(
                "{name}: now matches CPython; drop it from known_differences.txt"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} headline(s) differ from CPython:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
