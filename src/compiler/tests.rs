//! Tests for the checks and scope analysis. Until the parser is merged, trees are built by hand
//! next to the source text they stand for; `at` finds a node's span in that text, so spans
//! are the ones the parser gives. Messages and spans were compared with python3 3.11.

use crate::ast::*;
use crate::compiler::scope::{Place, ScopeKind};
use crate::compiler::{check, Mode};
use crate::diagnostics::{Report, SyntaxError};

/// The span of the `nth` (0-based) occurrence of `needle` in `src`.
fn at(src: &str, needle: &str, nth: usize) -> Span {
    let start = src
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {src:?}"))
        .0;
    Span::new(start, start + needle.len())
}

fn ex(kind: ExprKind, span: Span) -> Expr {
    Expr::new(kind, span)
}

fn name(src: &str, id: &str, nth: usize) -> Expr {
    ex(ExprKind::Name(id.into()), at(src, id, nth))
}

fn int(src: &str, text: &str, nth: usize) -> Expr {
    let value = text.parse().expect("test literal");
    ex(
        ExprKind::Constant(Constant::Int(Int::Small(value))),
        at(src, text, nth),
    )
}

fn st(kind: StmtKind, span: Span) -> Stmt {
    Stmt::new(kind, span)
}

fn ident(src: &str, id: &str, nth: usize) -> Identifier {
    Identifier {
        name: id.into(),
        span: at(src, id, nth),
    }
}

fn arg(src: &str, id: &str, nth: usize) -> Arg {
    Arg {
        name: ident(src, id, nth),
        annotation: None,
        span: at(src, id, nth),
    }
}

fn def(
    src: &str,
    whole: &str,
    fname: &str,
    is_async: bool,
    args: Vec<Arg>,
    body: Vec<Stmt>,
) -> Stmt {
    let def = FunctionDef {
        is_async,
        name: ident(src, fname, 0),
        args: Arguments {
            args,
            ..Arguments::default()
        },
        body,
        decorators: vec![],
        returns: None,
    };
    st(StmtKind::FunctionDef(Box::new(def)), at(src, whole, 0))
}

fn module(src: &str, body: Vec<Stmt>) -> Module {
    Module {
        body,
        span: Span::new(0, src.len()),
    }
}

fn error(src: &str, body: Vec<Stmt>) -> SyntaxError {
    match check(&module(src, body), Mode::Module) {
        Ok(table) => panic!("expected an error for {src:?}, got\n{table:?}"),
        Err(error) => error,
    }
}

fn assert_error(error: &SyntaxError, src: &str, message: &str, span_text: &str) {
    assert_eq!(error.message, message);
    assert_eq!(
        &src[error.span.start..error.span.end],
        span_text,
        "span of {message:?}"
    );
}

fn await_(src: &str, target: &str, whole: &str) -> Expr {
    ex(
        ExprKind::Await(Box::new(name(src, target, 0))),
        at(src, whole, 0),
    )
}

fn expr_stmt(e: Expr) -> Stmt {
    let span = e.span;
    st(StmtKind::Expr(e), span)
}

#[test]
fn await_in_plain_def_points_at_the_def() {
    let src = "def main():\n    await sleep(1)\n";
    let call = ex(
        ExprKind::Call {
            func: Box::new(name(src, "sleep", 0)),
            args: vec![int(src, "1", 0)],
            keywords: vec![],
        },
        at(src, "sleep(1)", 0),
    );
    let awaited = ex(
        ExprKind::Await(Box::new(call)),
        at(src, "await sleep(1)", 0),
    );
    let body = vec![def(
        src,
        src.trim_end(),
        "main",
        false,
        vec![],
        vec![expr_stmt(awaited)],
    )];
    let err = error(src, body);
    assert_error(
        &err,
        src,
        "'await' outside async function",
        "await sleep(1)",
    );
    assert_eq!(err.code, "weft::syntax::await_outside_async");
    assert_eq!(
        err.related,
        vec![(at(src, "main", 0), "this function is not `async`".into())]
    );
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
    let body = || vec![expr_stmt(await_(src, "x", "await x"))];
    let err = error(src, body());
    assert_error(&err, src, "'await' outside function", "await x");
    assert!(check(&module(src, body()), Mode::Interactive).is_ok());
}

fn listcomp(src: &str, whole: &str, elt: Expr, target: &str, iter: &str, is_async: bool) -> Expr {
    let generator = Comprehension {
        is_async,
        target: name(src, target, 1),
        iter: name(src, iter, 0),
        ifs: vec![],
        span: at(src, whole, 0),
    };
    ex(
        ExprKind::ListComp {
            elt: Box::new(elt),
            generators: vec![generator],
        },
        at(src, whole, 0),
    )
}

#[test]
fn async_comprehension_needs_an_async_def() {
    for (is_async, expect_error) in [(false, true), (true, false)] {
        let src = if is_async {
            "async def f():\n  [await y for y in z]"
        } else {
            "def f():\n  [await y for y in z]"
        };
        let comp = listcomp(
            src,
            "[await y for y in z]",
            await_(src, "y", "await y"),
            "y",
            "z",
            false,
        );
        let body = vec![def(src, src, "f", is_async, vec![], vec![expr_stmt(comp)])];
        let result = check(&module(src, body), Mode::Module);
        match result {
            Err(err) if expect_error => assert_error(
                &err,
                src,
                "asynchronous comprehension outside of an asynchronous function",
                "[await y for y in z]",
            ),
            Ok(table) if !expect_error => {
                let comp = table
                    .scope_of(at(src, "[await y for y in z]", 0))
                    .expect("comp scope");
                assert_eq!(table.scope(comp).kind, ScopeKind::ListComp);
                assert!(table.scope(comp).is_coroutine);
            }
            other => panic!("unexpected {other:?} for {src:?}"),
        }
    }
}

#[test]
fn return_and_break_need_their_enclosing_construct() {
    let src = "return 1";
    let ret = st(
        StmtKind::Return(Some(int(src, "1", 0))),
        at(src, "return 1", 0),
    );
    assert_error(
        &error(src, vec![ret]),
        src,
        "'return' outside function",
        "return 1",
    );

    // A loop around a `def` does not count for a `break` inside it.
    let src = "while x:\n  def f():\n    break";
    let brk = st(StmtKind::Break, at(src, "break", 0));
    let f = def(src, "def f():\n    break", "f", false, vec![], vec![brk]);
    let w = st(
        StmtKind::While {
            test: name(src, "x", 0),
            body: vec![f],
            orelse: vec![],
        },
        at(src, src, 0),
    );
    assert_error(&error(src, vec![w]), src, "'break' outside loop", "break");
}

#[test]
fn return_value_in_async_generator() {
    let src = "async def f():\n  yield\n  return 2";
    let y = expr_stmt(ex(ExprKind::Yield(None), at(src, "yield", 0)));
    let ret = st(
        StmtKind::Return(Some(int(src, "2", 0))),
        at(src, "return 2", 0),
    );
    let body = vec![def(src, src, "f", true, vec![], vec![y, ret])];
    assert_error(
        &error(src, body),
        src,
        "'return' with value in async generator",
        "return 2",
    );
}

#[test]
fn nonlocal_finds_a_binding_two_levels_up() {
    let src = "def f():\n  x = 1\n  def g():\n    def h():\n      nonlocal x\n      x = 2";
    let assign = |nth: usize, value: &str| {
        let whole = if nth == 0 { "x = 1" } else { "x = 2" };
        let nth = if nth == 0 { 0 } else { 2 };
        st(
            StmtKind::Assign {
                targets: vec![name(src, "x", nth)],
                value: int(src, value, 0),
            },
            at(src, whole, 0),
        )
    };
    let nonlocal = st(
        StmtKind::Nonlocal(vec![ident(src, "x", 1)]),
        at(src, "nonlocal x", 0),
    );
    let h = def(
        src,
        "def h():\n      nonlocal x\n      x = 2",
        "h",
        false,
        vec![],
        vec![nonlocal, assign(1, "2")],
    );
    let g = def(
        src,
        "def g():\n    def h():\n      nonlocal x\n      x = 2",
        "g",
        false,
        vec![],
        vec![h],
    );
    let f = def(src, src, "f", false, vec![], vec![assign(0, "1"), g]);
    let table = check(&module(src, vec![f]), Mode::Module).expect("valid program");
    insta::assert_debug_snapshot!(table);
    let place = |def_text: &str| {
        let id = table.scope_of(at(src, def_text, 0)).expect("scope");
        table.scope(id).symbol("x").map(|s| s.place)
    };
    assert_eq!(place(src), Some(Place::Cell));
    assert_eq!(
        place("def g():\n    def h():\n      nonlocal x\n      x = 2"),
        Some(Place::Free)
    );
    assert_eq!(
        place("def h():\n      nonlocal x\n      x = 2"),
        Some(Place::Free)
    );
}

#[test]
fn nonlocal_without_binding_and_global_after_use() {
    let src = "def f():\n  nonlocal x";
    let nonlocal = st(
        StmtKind::Nonlocal(vec![ident(src, "x", 0)]),
        at(src, "nonlocal x", 0),
    );
    let err = error(src, vec![def(src, src, "f", false, vec![], vec![nonlocal])]);
    assert_error(&err, src, "no binding for nonlocal 'x' found", "nonlocal x");

    let src = "def f():\n  print(x)\n  global x";
    let call = ex(
        ExprKind::Call {
            func: Box::new(name(src, "print", 0)),
            args: vec![name(src, "x", 0)],
            keywords: vec![],
        },
        at(src, "print(x)", 0),
    );
    let global = st(
        StmtKind::Global(vec![ident(src, "x", 1)]),
        at(src, "global x", 0),
    );
    let err = error(
        src,
        vec![def(
            src,
            src,
            "f",
            false,
            vec![],
            vec![expr_stmt(call), global],
        )],
    );
    assert_error(
        &err,
        src,
        "name 'x' is used prior to global declaration",
        "global x",
    );
}

#[test]
fn duplicate_argument_in_lambda() {
    let src = "lambda x, x: 1";
    let args = Arguments {
        args: vec![arg(src, "x", 0), arg(src, "x", 1)],
        ..Arguments::default()
    };
    let lambda = ex(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(int(src, "1", 0)),
        },
        at(src, src, 0),
    );
    let err = error(src, vec![expr_stmt(lambda)]);
    assert_error(
        &err,
        src,
        "duplicate argument 'x' in function definition",
        "x",
    );
    assert_eq!(err.span, at(src, "x", 1));
}

#[test]
fn literal_targets_and_the_comparison_guess() {
    let src = "1 = x";
    let assign = st(
        StmtKind::Assign {
            targets: vec![int(src, "1", 0)],
            value: name(src, "x", 0),
        },
        at(src, src, 0),
    );
    let err = error(src, vec![assign]);
    assert_error(
        &err,
        src,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        "1",
    );
    insta::assert_snapshot!(Report::new(&err, "x.py", src).render(false));

    // With a second `=` CPython makes no guess.
    let src = "x = 1 = y";
    let assign = st(
        StmtKind::Assign {
            targets: vec![name(src, "x", 0), int(src, "1", 0)],
            value: name(src, "y", 0),
        },
        at(src, src, 0),
    );
    assert_error(
        &error(src, vec![assign]),
        src,
        "cannot assign to literal",
        "1",
    );
}

#[test]
fn starred_targets() {
    let src = "*a = b";
    let star = ex(
        ExprKind::Starred(Box::new(name(src, "a", 0))),
        at(src, "*a", 0),
    );
    let assign = st(
        StmtKind::Assign {
            targets: vec![star],
            value: name(src, "b", 0),
        },
        at(src, src, 0),
    );
    let err = error(src, vec![assign]);
    assert_error(
        &err,
        src,
        "starred assignment target must be in a list or tuple",
        "*a",
    );

    let src = "*a, *b = c";
    let stars = vec![
        ex(
            ExprKind::Starred(Box::new(name(src, "a", 0))),
            at(src, "*a", 0),
        ),
        ex(
            ExprKind::Starred(Box::new(name(src, "b", 0))),
            at(src, "*b", 0),
        ),
    ];
    let assign = st(
        StmtKind::Assign {
            targets: vec![ex(ExprKind::Tuple(stars), at(src, "*a, *b", 0))],
            value: name(src, "c", 0),
        },
        at(src, src, 0),
    );
    let err = error(src, vec![assign]);
    assert_error(
        &err,
        src,
        "multiple starred expressions in assignment",
        "*a, *b",
    );
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let src = "def f():\n  [(t := y) for y in z]";
    let walrus = ex(
        ExprKind::NamedExpr {
            target: Box::new(name(src, "t", 0)),
            value: Box::new(name(src, "y", 0)),
        },
        at(src, "t := y", 0),
    );
    let comp = listcomp(src, "[(t := y) for y in z]", walrus, "y", "z", false);
    let table = check(
        &module(
            src,
            vec![def(src, src, "f", false, vec![], vec![expr_stmt(comp)])],
        ),
        Mode::Module,
    )
    .expect("valid program");
    let f = table.scope_of(at(src, src, 0)).expect("f");
    let comp = table
        .scope_of(at(src, "[(t := y) for y in z]", 0))
        .expect("comp");
    assert_eq!(
        table.scope(f).symbol("t").map(|s| s.place),
        Some(Place::Cell)
    );
    assert_eq!(
        table.scope(comp).symbol("t").map(|s| s.place),
        Some(Place::Free)
    );
    assert_eq!(table.scope(comp).params, vec![".0".to_string()]);

    // Rebinding the iteration variable is refused.
    let src = "[(y := 1) for y in z]";
    let walrus = ex(
        ExprKind::NamedExpr {
            target: Box::new(name(src, "y", 0)),
            value: Box::new(int(src, "1", 0)),
        },
        at(src, "y := 1", 0),
    );
    let comp = listcomp(src, src, walrus, "y", "z", false);
    let err = error(src, vec![expr_stmt(comp)]);
    assert_error(
        &err,
        src,
        "assignment expression cannot rebind comprehension iteration variable 'y'",
        "y",
    );
}

#[test]
fn super_gives_the_class_a_cell() {
    let src = "class C:\n  def m(self):\n    super()";
    let call = ex(
        ExprKind::Call {
            func: Box::new(name(src, "super", 0)),
            args: vec![],
            keywords: vec![],
        },
        at(src, "super()", 0),
    );
    let m = def(
        src,
        "def m(self):\n    super()",
        "m",
        false,
        vec![arg(src, "self", 0)],
        vec![expr_stmt(call)],
    );
    let class = ClassDef {
        name: ident(src, "C", 0),
        bases: vec![],
        keywords: vec![],
        body: vec![m],
        decorators: vec![],
    };
    let class = st(StmtKind::ClassDef(Box::new(class)), at(src, src, 0));
    let table = check(&module(src, vec![class]), Mode::Module).expect("valid program");
    let c = table.scope_of(at(src, src, 0)).expect("class scope");
    assert!(table.scope(c).needs_class_cell);
    let m = table
        .scope_of(at(src, "def m(self):\n    super()", 0))
        .expect("method scope");
    assert_eq!(
        table.scope(m).symbol("__class__").map(|s| s.place),
        Some(Place::Free)
    );
    assert_eq!(
        table.scope(m).symbol("super").map(|s| s.place),
        Some(Place::GlobalImplicit)
    );
}
