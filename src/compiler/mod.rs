//! The checks CPython makes before running a module, and scope analysis. Takes a parsed
//! `ast::Module`; gives the module's `SymbolTable` for the code generator, or the first
//! `SyntaxError` CPython 3.11 would report for the same source.
//!
//! CPython finds these errors in three passes, and a later pass runs only when the earlier ones
//! found nothing; weft keeps that order so the same file reports the same error:
//!
//! 1. `check::targets`: what CPython's parser rejects but weft's AST can still hold
//!    (`1 = x`, `del f()`, `(a.b := 1)`, `a, b: int`...).
//! 2. `scope`: building and resolving the symbol tables (`nonlocal`/`global` misuse, duplicate
//!    parameters, `yield` in a comprehension, walrus scoping rules).
//! 3. `check::context`: what CPython's code generator rejects (`await` outside `async def`,
//!    `return` outside a function, `break` outside a loop, misplaced starred expressions, and
//!    `case` patterns: a name bound twice, a capture before other cases, duplicate keys).
//!
//! Within a pass the first error in walking order wins, which is source order except where
//! CPython's own walk differs (a function's defaults before its decorators, say).

mod check;
pub mod codegen;
pub mod scope;

#[cfg(test)]
mod tests;

use crate::ast;
use crate::diagnostics::SyntaxError;

pub use scope::SymbolTable;

/// What the source is: a file, or an entry at the interactive prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    /// The REPL, where top-level `await`, `async for` and `async with` are allowed (as in
    /// `python -m asyncio`).
    Interactive,
}

/// Runs every check on the tree; returns the first error (in CPython's order), or the symbol
/// tables.
pub fn check(module: &ast::Module, mode: Mode) -> Result<SymbolTable, SyntaxError> {
    check::targets::check(module)?;
    let table = SymbolTable::analyze(module)?;
    check::context::check(module, &table, mode)?;
    Ok(table)
}
