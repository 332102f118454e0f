//! The `weft` command line: reads a script and hands it to the library (`weft::run`), or
//! prints its bytecode (`--dis`). Exit status as `python3`: 0 ok, 1 an error in the program,
//! 2 a bad command line.

use std::io::IsTerminal;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: weft [--dis] SCRIPT [ARGS...] | weft [--dis] -c PROGRAM");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1).peekable();
    let dis = args.peek().is_some_and(|a| a == "--dis");
    if dis {
        args.next();
    }
    let (source, filename) = match args.next().as_deref() {
        Some("-c") => match args.next() {
            Some(program) => (program, "<string>".to_string()),
            None => return usage(),
        },
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => (text, path.to_string()),
            Err(e) => {
                eprintln!("weft: can't open file '{path}': {e}");
                return ExitCode::from(2);
            }
        },
        None => return usage(),
    };
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if dis {
        return match weft::disassemble(&source, &filename) {
            Ok(listing) => {
                print!("{listing}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprint!(
                    "{}",
                    weft::diagnostics::Report::new(&e, &filename, &source).render(color)
                );
                ExitCode::from(1)
            }
        };
    }
    let status = weft::run(&source, &filename, color);
    ExitCode::from(status.clamp(0, 255) as u8)
}
