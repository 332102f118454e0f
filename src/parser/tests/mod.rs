//! Parser tests: ASTs of small inputs, spans, and every special diagnostic.

use super::*;

mod cpython;

fn module(source: &str) -> Vec<crate::ast::Stmt> {
    match parse_module(source) {
        Ok(m) => m.body,
        Err(e) => panic!("{source:?} failed: {e} {:?} {:?}", e.span, e.label),
    }
}

#[test]
fn smoke() {
    let body = module("x = 1\nprint(x)\n");
    assert_eq!(body.len(), 2);
}

#[test]
#[ignore]
fn diagnostics_table() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let table = std::fs::read_to_string(dir.join("cpython.txt")).unwrap_or_default();
    for row in table.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        let source = std::fs::read_to_string(dir.join(cols[0])).unwrap_or_default();
        let ours = match parse_module(&source) {
            Ok(_) => "(parses)".to_string(),
            Err(e) => format!(
                "{} {} {}",
                e.kind.python_name(),
                crate::span::line_col(&source, e.span.start).0,
                e.message
            ),
        };
        let theirs = format!("{} {} {}", cols[1], cols[2], cols[3]);
        let mark = if ours == theirs { "  " } else { "!!" };
        println!("{mark} {:50} {theirs}\n   {:50} {ours}", cols[0], "");
    }
}

#[test]
#[ignore]
fn adhoc_errors() {
    let cases: &[&str] = include!("/tmp/cases.rs");
    for src in cases {
        match parse_module(src) {
            Ok(_) => println!("{src:?} => OK"),
            Err(e) => {
                let (l1, c1) = crate::span::line_col(src, e.span.start);
                let (l2, c2) = crate::span::line_col(src, e.span.end);
                println!(
                    "{src:?} => {} {} ({l1}, {c1}, {l2}, {c2}) [{}]",
                    e.kind.python_name(),
                    e.message,
                    e.label
                );
            }
        }
    }
}
