//! weft: an interpreter for a Python-like language that makes asynchronous programming visible.
//!
//! The pipeline (see `DESIGN.md`): source → `lexer` → `parser` → `ast` → checks and scopes
//! (`compiler`) → bytecode → VM ⇄ event loop. This crate is the library; `src/main.rs` is the
//! `weft` command line on top of it.

// A `SyntaxError` is large (about 136 bytes), but a front-end pass builds at most one and it
// ends the pass, so boxing it would buy nothing.
#![allow(clippy::result_large_err)]

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod diagnostics;
pub mod lexer;
pub mod modules;
pub mod parser;
pub mod pool;
pub mod runtime;
pub mod span;
pub mod token;
pub mod vm;

use std::rc::Rc;

pub use diagnostics::SyntaxError;

/// Parses `source` as a module and runs every compile-time check on it.
pub fn check(source: &str) -> Result<ast::Module, SyntaxError> {
    let module = parser::parse_module(source)?;
    compiler::check(&module, compiler::Mode::Module)?;
    Ok(module)
}

/// Parses, checks and compiles a module's source into its code object.
pub fn compile(
    source: &str,
    filename: &str,
) -> Result<Rc<bytecode::CodeObject>, diagnostics::SyntaxError> {
    let module = parser::parse_module(source)?;
    let table = compiler::check(&module, compiler::Mode::Module)?;
    compiler::codegen::compile_module(&module, &table, filename)
}

/// Parses, checks and compiles the source of an `eval()`: one expression, whose value the
/// code returns.
pub fn compile_expression(
    source: &str,
    filename: &str,
) -> Result<Rc<bytecode::CodeObject>, diagnostics::SyntaxError> {
    let expr = parser::parse_expression(source)?;
    let span = expr.span;
    let module = ast::Module {
        body: vec![ast::Stmt {
            kind: ast::StmtKind::Expr(expr),
            span,
        }],
        span,
    };
    let table = compiler::check(&module, compiler::Mode::Module)?;
    compiler::codegen::compile_expression(&module, &table, filename)
}

/// How a program run ended, as the process exit status CPython would give.
pub type ExitStatus = i32;

/// Compiles and runs a program as `__main__`, printing its output to stdout and, on an
/// uncaught exception, CPython's traceback to stderr (stdout flushed first). Syntax errors
/// are rendered as diagnostics. Returns the exit status (0, 1, or `SystemExit`'s code; 130
/// after an uncaught `KeyboardInterrupt`, when `runtime::ended_by_interrupt()` is also set).
/// Ctrl-C (SIGINT) raises `KeyboardInterrupt` in the program from the first run on.
/// `argv` is `sys.argv` (the script's name, then its arguments); modules are imported from
/// the script's folder.
pub fn run(source: &str, filename: &str, argv: Vec<String>, options: RunOptions) -> ExitStatus {
    run_with(source, filename, argv, options, None)
}

/// `run`, with `observer` receiving the runtime's events (decision 9: tasks created, started,
/// suspended and on what, resumed and why, finished; timers; callbacks; I/O; warnings), each
/// stamped with the loop time, in the order they happen. See `runtime::events`.
pub fn run_observed(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    options: RunOptions,
    observer: Box<dyn runtime::Observer + Send>,
) -> ExitStatus {
    run_with(source, filename, argv, options, Some(observer))
}

fn run_with(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    options: RunOptions,
    observer: Option<Box<dyn runtime::Observer + Send>>,
) -> ExitStatus {
    let (source, filename) = (source.to_string(), filename.to_string());
    // Native code calling back into Python (a `key=` function, `__repr__`) nests the dispatch
    // loop; a large stack keeps the recursion limit, not the Rust stack, the binding limit.
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || run_here(&source, &filename, argv, options, observer))
        .ok()
        .and_then(|h| h.join().ok())
        .unwrap_or(1)
}

/// How `run` runs a program.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOptions {
    /// Colour in rendered diagnostics.
    pub color: bool,
    /// `--virtual-time`: the event loop's clock jumps to the next timer instead of waiting.
    pub virtual_time: bool,
}

fn run_here(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    options: RunOptions,
    observer: Option<Box<dyn runtime::Observer + Send>>,
) -> ExitStatus {
    let color = options.color;
    let code = match compile(source, filename) {
        Ok(code) => code,
        Err(e) => {
            eprint!(
                "{}",
                diagnostics::Report::new(&e, filename, source).render(color)
            );
            return 1;
        }
    };
    // CPython names the main script by its absolute path in tracebacks.
    let shown = match std::fs::canonicalize(filename) {
        Ok(path) if !filename.starts_with('<') => path.to_string_lossy().into_owned(),
        _ => filename.to_string(),
    };
    runtime::install_sigint_handler();
    let mut machine = vm::Vm::new();
    if let Some(observer) = observer {
        let shared: runtime::SharedObserver = Rc::new(std::cell::RefCell::new(observer));
        machine.observer = Some(shared);
    }
    machine.modules.argv = argv;
    if !filename.starts_with('<') {
        // As CPython's `sys.path[0]`: the folder of the script, by its real path.
        if let Some(dir) = std::path::Path::new(&shown).parent() {
            machine.modules.dir = dir.to_path_buf();
        }
    }
    let source = Rc::new(vm::Source {
        filename: shown,
        text: source.to_string(),
    });
    machine.virtual_clock = options.virtual_time.then_some(0.0);
    let status = match machine.run_main(&code, source) {
        Ok(()) => 0,
        Err(err) => {
            machine.flush_out();
            let exc = machine.exception_value(err);
            match machine.system_exit_status(&exc) {
                Some(status) => status,
                None => {
                    eprint!("{}", vm::format_exception(&mut machine, &exc));
                    if machine.is_keyboard_interrupt(&exc) {
                        runtime::set_ended_by_interrupt();
                        130
                    } else {
                        1
                    }
                }
            }
        }
    };
    machine.finish();
    status
}

/// The `--dis` listing of a program: every code object, nested ones included.
pub fn disassemble(source: &str, filename: &str) -> Result<String, diagnostics::SyntaxError> {
    let code = compile(source, filename)?;
    Ok(bytecode::disassemble(&code, source))
}
