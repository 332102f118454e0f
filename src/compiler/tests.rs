//! Tests for the checks and scope analysis, from source text: the parser builds the tree, so
//! spans are the ones a user sees. Messages and spans were compared with python3 3.11;
//! `cpython_cases` runs the whole front end over tables of CPython's answers, `patterns` covers
//! `case` patterns.

mod cpython_cases;
mod patterns;

use crate::compiler::scope::{Place, Scope, ScopeKind, SymbolTable};
use crate::compiler::{check, Mode};
use crate::diagnostics::{Report, SyntaxError};
use crate::parser::parse_module;

/// Parses and checks `src` as a file.
fn front_end(src: &str, mode: Mode) -> Result<SymbolTable, SyntaxError> {
    parse_module(src).and_then(|module| check(&module, mode))
}

/// The error the front end (parser, then checks) gives for `src`.
fn source_error(src: &str) -> SyntaxError {
    match front_end(src, Mode::Module) {
        Ok(table) => panic!("expected an error for {src:?}, got\n{table:?}"),
        Err(error) => error,
    }
}

fn table(src: &str) -> SymbolTable {
    front_end(src, Mode::Module).unwrap_or_else(|error| panic!("{src:?} is valid, but: {error:?}"))
}

/// The only scope called `name` (`f`, `<listcomp>`...).
fn scope<'t>(table: &'t SymbolTable, name: &str) -> &'t Scope {
    let mut found = table.scopes.iter().filter(|s| s.name == name);
    let scope = found.next().unwrap_or_else(|| panic!("no scope {name}"));
    assert!(found.next().is_none(), "two scopes called {name}");
    scope
}

fn place(scope: &Scope, name: &str) -> Option<Place> {
    scope.symbol(name).map(|s| s.place)
}

/// Asserts the message, and that the primary span covers exactly `span_text`.
fn assert_error(error: &SyntaxError, src: &str, message: &str, span_text: &str) {
    assert_eq!(error.message, message);
    assert_eq!(
        &src[error.span.start..error.span.end],
        span_text,
        "span of {message:?}"
    );
}

#[test]
fn await_in_plain_def_points_at_the_def() {
    let src = "def main():\n    await sleep(1)\n";
    let err = source_error(src);
    assert_error(
        &err,
        src,
        "'await' outside async function",
        "await sleep(1)",
    );
    assert_eq!(err.code, "weft::syntax::await_outside_async");
    let main = src.find("main").expect("def name");
    assert_eq!(err.related.len(), 1);
    assert_eq!(err.related[0].0.start, main);
    assert_eq!(err.related[0].1, "this function is not `async`");
    assert!(err
        .help
        .as_deref()
        .unwrap_or("")
        .contains("make `main` an `async def`"));
    insta::assert_snapshot!(Report::new(&err, "x.py", src).render(false));
}

#[test]
fn await_at_module_level_is_refused_except_at_the_prompt() {
    let src = "await x";
    assert_error(
        &source_error(src),
        src,
        "'await' outside function",
        "await x",
    );
    assert!(front_end(src, Mode::Interactive).is_ok());
}

#[test]
fn async_comprehension_needs_an_async_def() {
    let src = "def f():\n  [await y for y in z]";
    assert_error(
        &source_error(src),
        src,
        "asynchronous comprehension outside of an asynchronous function",
        "[await y for y in z]",
    );
    let table = table("async def f():\n  [await y for y in z]");
    let comp = scope(&table, "<listcomp>");
    assert_eq!(comp.kind, ScopeKind::ListComp);
    assert!(comp.is_coroutine);
}

#[test]
fn return_and_break_need_their_enclosing_construct() {
    let src = "return 1";
    assert_error(
        &source_error(src),
        src,
        "'return' outside function",
        "return 1",
    );
    // A loop around a `def` does not count for a `break` inside it.
    let src = "while x:\n  def f():\n    break";
    assert_error(&source_error(src), src, "'break' outside loop", "break");
}

#[test]
fn return_value_in_async_generator() {
    let src = "async def f():\n  yield\n  return 2";
    assert_error(
        &source_error(src),
        src,
        "'return' with value in async generator",
        "return 2",
    );
}

#[test]
fn nonlocal_finds_a_binding_two_levels_up() {
    let src = "def f():\n  x = 1\n  def g():\n    def h():\n      nonlocal x\n      x = 2";
    let table = table(src);
    insta::assert_debug_snapshot!(table);
    assert_eq!(place(scope(&table, "f"), "x"), Some(Place::Cell));
    assert_eq!(place(scope(&table, "g"), "x"), Some(Place::Free));
    assert_eq!(place(scope(&table, "h"), "x"), Some(Place::Free));
}

#[test]
fn nonlocal_without_binding_and_global_after_use() {
    let src = "def f():\n  nonlocal x";
    assert_error(
        &source_error(src),
        src,
        "no binding for nonlocal 'x' found",
        "nonlocal x",
    );
    let src = "def f():\n  print(x)\n  global x";
    assert_error(
        &source_error(src),
        src,
        "name 'x' is used prior to global declaration",
        "global x",
    );
}

#[test]
fn duplicate_argument_in_lambda() {
    let src = "lambda x, x: 1";
    let err = source_error(src);
    assert_error(
        &err,
        src,
        "duplicate argument 'x' in function definition",
        "x",
    );
    assert_eq!(err.span.start, "lambda x, ".len());
}

#[test]
fn literal_targets_and_the_comparison_guess() {
    let src = "1 = x";
    let err = source_error(src);
    assert_error(
        &err,
        src,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        "1",
    );
    insta::assert_snapshot!(Report::new(&err, "x.py", src).render(false));
    // With a second `=` CPython makes no guess.
    let src = "x = 1 = y";
    assert_error(&source_error(src), src, "cannot assign to literal", "1");
}

#[test]
fn starred_targets() {
    let src = "*a = b";
    assert_error(
        &source_error(src),
        src,
        "starred assignment target must be in a list or tuple",
        "*a",
    );
    let src = "*a, *b = c";
    assert_error(
        &source_error(src),
        src,
        "multiple starred expressions in assignment",
        "*a, *b",
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let table = table("def f():\n  [(t := y) for y in z]");
    assert_eq!(place(scope(&table, "f"), "t"), Some(Place::Cell));
    let comp = scope(&table, "<listcomp>");
    assert_eq!(place(comp, "t"), Some(Place::Free));
    assert_eq!(comp.params, vec![".0".to_string()]);

    // Rebinding the iteration variable is refused.
    let src = "[(y := 1) for y in z]";
    assert_error(
        &source_error(src),
        src,
        "assignment expression cannot rebind comprehension iteration variable 'y'",
        "y",
    );
}

#[test]
fn super_gives_the_class_a_cell() {
    let table = table("class C:\n  def m(self):\n    super()");
    assert!(scope(&table, "C").needs_class_cell);
    let m = scope(&table, "m");
    assert_eq!(place(m, "__class__"), Some(Place::Free));
    assert_eq!(place(m, "super"), Some(Place::GlobalImplicit));
}

#[test]
fn yield_in_an_fstring_field_needs_a_function() {
    let src = "f\"{yield}\"";
    let err = source_error(src);
    assert_error(&err, src, "'yield' outside function", "yield");
    assert_eq!(err.code, "weft::syntax::yield_outside_function");
    assert!(front_end("def f():\n    f\"{yield}\"", Mode::Module).is_ok());
}
