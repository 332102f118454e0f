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
