//! Parser tests: ASTs of small inputs, spans, and every special diagnostic.

use super::*;

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

/// Parses real CPython sources (when present): `cargo test -- --ignored --nocapture corpus`.
#[test]
#[ignore]
fn corpus() {
    let lib = "/root/.pyenv/versions/3.11.7/lib/python3.11";
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(format!("{lib}/asyncio"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    for name in ["test_grammar", "test_coroutines", "test_asyncgen", "test_patma", "test_fstring", "test_syntax", "test_types", "typing", "inspect"] {
        for dir in ["test/", ""] {
            files.push(format!("{lib}/{dir}{name}.py").into());
        }
    }
    let (mut ok, mut failed) = (0, 0);
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let Ok(source) = std::fs::read_to_string(path) else { continue };
        let started = std::time::Instant::now();
        match parse_module(&source) {
            Ok(_) => ok += 1,
            Err(e) => {
                failed += 1;
                let (line, col) = crate::span::line_col(&source, e.span.start);
                println!("{}:{line}:{col}: {} [{}]", path.display(), e.message, e.label);
            }
        }
        let elapsed = started.elapsed();
        if elapsed.as_millis() > 200 {
            println!("slow: {} {elapsed:?}", path.display());
        }
    }
    println!("{ok} parsed, {failed} failed");
}
