//! weft: an interpreter for a Python-like language that makes asynchronous programming visible.
//!
//! The pipeline (see `DESIGN.md`): source → `lexer` → `parser` → `ast` → checks and scopes
//! (`compiler`) → bytecode → VM ⇄ event loop. This crate is the library; `src/main.rs` is the
//! `weft` command line on top of it.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod diagnostics;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;
pub mod vm;
