//! The `weft` command line as a user meets it: options, exit statuses, where output goes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn weft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("weft binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch(name: &str, contents: &str) -> String {
    let dir = std::env::temp_dir().join(format!("weft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn check_accepts_a_good_program_silently() {
    let out = weft(&["--check", "examples/hello.py"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn check_rejects_a_bad_program_with_a_diagnostic_and_status_1() {
    let bad = scratch("bad.py", "def main():\n    await f()\n");
    let out = weft(&["--check", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("SyntaxError: 'await' outside async function"),
        "{err}"
    );
    assert!(
        err.contains("weft::syntax::"),
        "diagnostic has a code: {err}"
    );
    assert!(
        err.contains("await f()"),
        "diagnostic shows the source line: {err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "NO_COLOR gives plain text: {err:?}"
    );
}

#[test]
fn check_takes_several_files_and_reports_each_bad_one() {
    let bad1 = scratch("bad1.py", "x = (1,\n");
    let bad2 = scratch("bad2.py", "return 5\n");
    let out = weft(&["--check", "examples/hello.py", &bad1, &bad2]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("'(' was never closed"), "{err}");
    assert!(err.contains("'return' outside function"), "{err}");
}

#[test]
fn tokens_prints_one_token_per_line() {
    let out = weft(&["--tokens", "-c", "x = 1\n"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(
        stdout.lines().count(),
        4,
        "name, '=', number, newline:\n{stdout}"
    );
    assert!(stdout.lines().next().unwrap().contains('x'));
}

#[test]
fn ast_prints_the_tree() {
    let out = weft(&["--ast", "-c", "await_me = f(1)\n"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Module"), "{stdout}");
    assert!(stdout.contains("Assign") && stdout.contains("Call") && stdout.contains("Name f"));
}

#[test]
fn program_from_stdin() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["--check", "-"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"if x\n    pass\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>") && err.contains("expected ':'"),
        "{err}"
    );
}

#[test]
fn bad_command_line_is_status_2() {
    assert_eq!(weft(&["--no-such-option"]).status.code(), Some(2));
    let missing = weft(&["--check", "no/such/file.py"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("can't open file 'no/such/file.py'"));
}

#[test]
fn runs_programs_and_reports_uncaught_exceptions() {
    let out = weft(&["-c", "print(6 * 7)"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "42\n");
    let out = weft(&["-c", "print('before')\nraise ValueError('bad')"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "before\n");
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(err.ends_with("ValueError: bad\n"), "{err}");
}

#[test]
fn script_arguments_reach_sys_argv() {
    let out = weft(&["-c", "import sys; print(sys.argv)", "a", "-x"]);
    assert_eq!(text(&out.stdout), "['-c', 'a', '-x']\n");
    let out = weft(&["-c", "import sys; sys.exit(3)"]);
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn dis_prints_the_bytecode() {
    let out = weft(&["--dis", "-c", "x = 1"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).contains("StoreName"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn help_lists_every_option_and_version_names_weft() {
    let help = text(&weft(&["--help"]).stdout);
    for option in [
        "-c <CODE>",
        "--check",
        "--tokens",
        "--ast",
        "--help",
        "--version",
        "[SCRIPT]",
    ] {
        assert!(help.contains(option), "--help lacks {option}:\n{help}");
    }
    let version = text(&weft(&["--version"]).stdout);
    assert!(version.starts_with("weft "), "{version}");
}

#[test]
fn uncaught_exception_group_prints_cpythons_whole_report() {
    // The expected text is CPython 3.11's stderr for the same program, with the checkout's
    // directory taken out of the paths: `python3 tests/tracebacks/exception_group.py`.
    let out = weft(&["tests/tracebacks/exception_group.py"]);
    assert_eq!(out.status.code(), Some(1));
    let dir = format!("{}/", env!("CARGO_MANIFEST_DIR"));
    let stderr = text(&out.stderr).replace(&dir, "");
    let want = std::fs::read_to_string("tests/tracebacks/exception_group.stderr").unwrap();
    assert_eq!(stderr, want);
}
