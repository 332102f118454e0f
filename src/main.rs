//! The `weft` command line: parses arguments, calls the library, maps errors to exit codes
//! (0 ok, 1 error in the program, 2 bad command line — as `python3`).

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use weft::diagnostics::{Report, SyntaxError};

/// Small blocks from size-class free lists (see `weft::pool`): most of what weft allocates.
#[global_allocator]
static GLOBAL: weft::pool::Pool = weft::pool::Pool;

/// weft runs Python-style programs with async/await on a built-in event loop, and shows how
/// coroutines and the event loop really work.
#[derive(Parser, Debug)]
#[command(name = "weft", version, about, max_term_width = 100)]
struct Cli {
    /// Program passed in as a string (like `python3 -c`; arguments after it go to `sys.argv`)
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,

    /// Parse and compile-check the program(s), print diagnostics, run nothing (several files allowed)
    #[arg(long, conflicts_with_all = ["tokens", "ast"])]
    check: bool,

    /// Print the token stream, one token per line with its span, and run nothing
    #[arg(long, conflicts_with = "ast")]
    tokens: bool,

    /// Print the syntax tree, and run nothing
    #[arg(long)]
    ast: bool,

    /// Print the bytecode of every code object (nested functions included), and run nothing
    #[arg(long, conflicts_with_all = ["check", "tokens", "ast"])]
    dis: bool,

    /// Run the event loop on virtual time: when nothing is ready, the clock jumps to the next
    /// timer, so `sleep(3)` costs nothing and timestamps are exact
    #[arg(long)]
    virtual_time: bool,

    /// Script to run (`-` reads the program from standard input)
    #[arg(value_name = "SCRIPT")]
    script: Option<String>,

    /// Arguments passed to the script (with --check: more files to check)
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

/// A program's text and the name diagnostics call it by.
struct Source {
    name: String,
    text: String,
}

/// Stack for the thread that runs the program. The passes over a syntax tree recurse, and the
/// parser admits nesting up to `parser::MAX_DEPTH` levels, as CPython does; at that depth an
/// unoptimised build needs far more than the main thread's 8 MiB. Untouched stack costs nothing.
const STACK_SIZE: usize = 256 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    std::thread::Builder::new()
        .name("weft".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(cli))
        .expect("the OS gives weft a thread")
        .join()
        .unwrap_or(ExitCode::FAILURE)
}

fn run(cli: Cli) -> ExitCode {
    let sources = match load_sources(&cli) {
        Ok(sources) => sources,
        Err(LoadError { message, status }) => {
            eprintln!("weft: {message}");
            return ExitCode::from(status);
        }
    };
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut failed = false;
    for source in &sources {
        let result = if cli.tokens {
            weft::lexer::dump_tokens(&source.text).map(|out| print!("{out}"))
        } else if cli.ast {
            weft::parser::parse_module(&source.text)
                .map(|module| print!("{}", weft::ast::dump_module(&module, &source.text)))
        } else if cli.check {
            weft::check(&source.text).map(drop)
        } else if cli.dis {
            weft::disassemble(&source.text, &source.name).map(|out| print!("{out}"))
        } else {
            // Runs the program; diagnostics and tracebacks are printed by `run`.
            let status = weft::run(
                &source.text,
                &source.name,
                script_argv(&cli),
                weft::RunOptions {
                    color,
                    virtual_time: cli.virtual_time,
                },
            );
            if weft::runtime::ended_by_interrupt() {
                // As CPython: the parent sees the process killed by SIGINT.
                weft::runtime::exit_by_sigint();
            }
            return ExitCode::from(status.clamp(0, 255) as u8);
        };
        if let Err(error) = result {
            report(&error, source, color);
            failed = true;
        }
    }
    ExitCode::from(u8::from(failed))
}

/// `sys.argv` as CPython gives it: `-c` or the script as named, then the script's arguments.
fn script_argv(cli: &Cli) -> Vec<String> {
    let first = match (&cli.code, &cli.script) {
        (Some(_), _) => "-c".to_string(),
        (None, Some(script)) => script.clone(),
        (None, None) => String::new(),
    };
    let mut argv = vec![first];
    if cli.code.is_some() {
        argv.extend(cli.script.iter().cloned());
    }
    argv.extend(cli.args.iter().cloned());
    argv
}

/// Why the program could not be read, and the exit status that says so.
struct LoadError {
    message: String,
    status: u8,
}

impl LoadError {
    /// A bad command line or a file that cannot be opened: status 2, as `python3`.
    fn usage(message: impl Into<String>) -> LoadError {
        LoadError {
            message: message.into(),
            status: 2,
        }
    }
}

/// The sources named on the command line: `-c`, `-` (stdin), a script, or with `--check`
/// every file given.
fn load_sources(cli: &Cli) -> Result<Vec<Source>, LoadError> {
    if let Some(code) = &cli.code {
        return Ok(vec![Source {
            name: "<string>".into(),
            text: code.clone(),
        }]);
    }
    let Some(script) = &cli.script else {
        return Err(LoadError::usage(
            "the interactive REPL is not built yet: give a SCRIPT, `-c CODE` or `-` \
             (see `weft --help`)",
        ));
    };
    let mut names = vec![script.clone()];
    if cli.check || cli.tokens || cli.ast {
        names.extend(cli.args.iter().cloned());
    }
    names.iter().map(|name| read_source(name)).collect()
}

fn read_source(name: &str) -> Result<Source, LoadError> {
    let bytes = if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::usage(format!("can't read standard input: {e}")))?;
        bytes
    } else {
        std::fs::read(PathBuf::from(name))
            .map_err(|e| LoadError::usage(format!("can't open file '{name}': {e}")))?
    };
    let name = if name == "-" { "<stdin>" } else { name };
    // Like CPython, undecodable source is an error in the program (status 1), not in the usage.
    let text = String::from_utf8(bytes).map_err(|e| LoadError {
        message: format!(
            "{name}: SyntaxError: source is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        ),
        status: 1,
    })?;
    Ok(Source {
        name: name.into(),
        text,
    })
}

fn report(error: &SyntaxError, source: &Source, color: bool) {
    eprint!(
        "{}",
        Report::new(error, &source.name, &source.text).render(color)
    );
}
