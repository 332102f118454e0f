//! Token and AST snapshots: every `tests/cases/*.py` (valid input) gives one sectioned
//! snapshot with its source, its token stream and its syntax tree.

use std::fs;

#[test]
fn token_and_ast_snapshots() {
    insta::glob!("cases/*.py", |path| {
        let source = fs::read_to_string(path).expect("test case is readable UTF-8");
        let tokens = weft::lexer::dump_tokens(&source)
            .unwrap_or_else(|e| panic!("{}: lexer rejected a valid case: {e}", path.display()));
        let module = weft::check(&source)
            .unwrap_or_else(|e| panic!("{}: front end rejected a valid case: {e}", path.display()));
        let ast = weft::ast::dump_module(&module, &source);
        insta::assert_snapshot!(format!(
            "## Source\n{source}\n## Tokens\n{tokens}\n## AST\n{ast}"
        ));
    });
}
