//! weft: an interpreter for a Python-like language that makes asynchronous programming visible.
//!
//! The pipeline (see `DESIGN.md`): source → `lexer` → `parser` → `ast` → checks and scopes
//! (`compiler`) → bytecode → VM ⇄ event loop. This crate is the library; `src/main.rs` is the
//! `weft` command line on top of it.

// A `SyntaxError` is large (about 136 bytes), but a front-end pass builds at most one and it
// ends the pass, so boxing it would buy nothing.
#![allow(clippy::result_large_err)]

pub mod ast;
pub mod compiler;
pub mod diagnostics;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;

pub use diagnostics::SyntaxError;

/// Parses `source` as a module and runs every compile-time check on it.
pub fn check(source: &str) -> Result<ast::Module, SyntaxError> {
    let module = parser::parse_module(source)?;
    compiler::check(&module, compiler::Mode::Module)?;
    Ok(module)
}
