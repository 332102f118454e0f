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

/// Runs a program file under `--virtual-time`; gives (status, stdout, stderr).
fn run_file(path: &str) -> (Option<i32>, String, String) {
    let out = weft(&["--virtual-time", path]);
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn never_awaited_coroutines_warn_like_cpython() {
    // Dropped by an expression statement, by a function's return (the caller's line is
    // named), once per line however often, and at exit (`sys:1`, no source line).
    let path = scratch(
        "never_awaited.py",
        "import asyncio\nasync def f():\n    return 1\n\nfor i in range(3):\n    f()\n\
         def g():\n    c = f()\ng()\nasyncio.sleep(1)\nx = f()\nprint('end')\n",
    );
    let (status, stdout, stderr) = run_file(&path);
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "end\n");
    let hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    let expected = format!(
        "{path}:6: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n{hint}\
         {path}:9: RuntimeWarning: coroutine 'f' was never awaited\n  g()\n{hint}\
         {path}:10: RuntimeWarning: coroutine 'sleep' was never awaited\n  asyncio.sleep(1)\n{hint}\
         sys:1: RuntimeWarning: coroutine 'f' was never awaited\n"
    );
    assert_eq!(stderr, expected);
}

#[test]
fn unretrieved_task_and_future_exceptions_are_logged_like_cpython() {
    let path = scratch(
        "never_retrieved.py",
        "import asyncio\n\nasync def boom():\n    raise ValueError('boom')\n\n\
         async def main():\n    asyncio.create_task(boom())\n    await asyncio.sleep(0.1)\n\
         \x20   fut = asyncio.get_running_loop().create_future()\n\
         \x20   fut.set_exception(KeyError('k'))\n    del fut\n    print('main done')\n\n\
         asyncio.run(main())\n",
    );
    let (status, stdout, stderr) = run_file(&path);
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "main done\n");
    let expected = format!(
        "Task exception was never retrieved\n\
         future: <Task finished name='Task-2' coro=<boom() done, defined at {path}:3> \
         exception=ValueError('boom')>\n\
         Traceback (most recent call last):\n  File \"{path}\", line 4, in boom\n\
         \x20   raise ValueError('boom')\nValueError: boom\n\
         Future exception was never retrieved\n\
         future: <Future finished exception=KeyError('k')>\nKeyError: 'k'\n"
    );
    assert_eq!(stderr, expected);
}

#[test]
fn retrieved_exceptions_are_not_logged() {
    // gather reads every child's exception, awaiting a task reads its result.
    let path = scratch(
        "retrieved.py",
        "import asyncio\n\nasync def fail(n):\n    await asyncio.sleep(n)\n    raise ValueError(n)\n\n\
         async def main():\n    try:\n        await asyncio.gather(fail(0.1), fail(0.2))\n\
         \x20   except ValueError as e:\n        print('caught', e)\n\
         \x20   await asyncio.sleep(1)\n    t = asyncio.create_task(fail(0))\n\
         \x20   try:\n        await t\n    except ValueError:\n        pass\n\n\
         asyncio.run(main())\n",
    );
    let (status, stdout, stderr) = run_file(&path);
    assert_eq!(status, Some(0));
    assert_eq!(stdout, "caught 0.1\n");
    assert_eq!(stderr, "");
}

#[test]
fn uncaught_exception_groups_print_cpythons_whole_report() {
    check_tracebacks(&["exception_group", "group_limits"]);
}

#[test]
fn errors_raised_in_a_caller_after_a_return_name_the_callers_line() {
    // A bad `__init__` result is raised in the caller once the callee's frame is gone; the
    // traceback must show the caller's line, and the lines of the generator resumed by `for`.
    check_tracebacks(&["after_call"]);
}

/// Each tests/tracebacks/X.py has X.stderr: CPython 3.11's stderr for it
/// (`python3 tests/tracebacks/X.py`), with the checkout's directory taken out of the paths.
fn check_tracebacks(names: &[&str]) {
    let dir = format!("{}/", env!("CARGO_MANIFEST_DIR"));
    for name in names {
        let program = format!("tests/tracebacks/{name}.py");
        let out = weft(&[&program]);
        assert_eq!(out.status.code(), Some(1), "{program}");
        let stderr = text(&out.stderr).replace(&dir, "");
        let want = std::fs::read_to_string(format!("tests/tracebacks/{name}.stderr")).unwrap();
        assert_eq!(stderr, want, "{program}");
    }
}

/// Starts weft on `path`, waits for its first line of output, sends it SIGINT (with the
/// `kill` command) and gives (stdout, stderr, the signal that ended it, its exit code).
#[cfg(unix)]
fn interrupt_after_first_line(path: &str) -> (String, String, Option<i32>, Option<i32>) {
    use std::io::{BufRead, Read};
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("weft starts");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = String::new();
    stdout
        .read_line(&mut first)
        .expect("weft prints a first line");
    // The program is now waiting (in a loop or in the event loop's idle wait).
    std::thread::sleep(std::time::Duration::from_millis(200));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout readable");
    let mut stderr = String::new();
    if let Some(mut err) = child.stderr.take() {
        err.read_to_string(&mut stderr).expect("stderr readable");
    }
    let status = child.wait().expect("weft ends");
    (first + &rest, stderr, status.signal(), status.code())
}

#[cfg(unix)]
#[test]
fn ctrl_c_in_asyncio_run_cancels_the_main_task_then_raises_keyboard_interrupt() {
    // As CPython 3.11: the main task is cancelled at its await (its finally runs), the other
    // tasks are cancelled at shutdown, then KeyboardInterrupt (with the CancelledError as its
    // context) ends the process by SIGINT.
    let path = scratch(
        "ctrl_c_async.py",
        "import asyncio\n\nasync def other():\n    try:\n        await asyncio.sleep(100)\n\
         \x20   finally:\n        print('other cleanup')\n\nasync def main():\n\
         \x20   asyncio.create_task(other())\n    print('main sleeping', flush=True)\n\
         \x20   try:\n        await asyncio.sleep(100)\n    finally:\n        print('main cleanup')\n\n\
         asyncio.run(main())\n",
    );
    let (stdout, stderr, signal, _) = interrupt_after_first_line(&path);
    assert_eq!(stdout, "main sleeping\nmain cleanup\nother cleanup\n");
    assert!(stderr.contains("asyncio.exceptions.CancelledError\n\nDuring handling of the above exception, another exception occurred:"), "{stderr}");
    assert!(
        stderr.ends_with("    asyncio.run(main())\nKeyboardInterrupt\n"),
        "{stderr}"
    );
    assert_eq!(signal, Some(2), "ended by SIGINT as CPython");
}

#[cfg(unix)]
#[test]
fn ctrl_c_raises_keyboard_interrupt_in_running_code() {
    // Deep recursion sees it at a return; the program catches it and ends normally.
    let path = scratch(
        "ctrl_c_recursion.py",
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\n\
         print('spinning', flush=True)\ntry:\n    fib(100)\nexcept KeyboardInterrupt:\n\
         \x20   print('caught in fib')\n",
    );
    let (stdout, stderr, signal, code) = interrupt_after_first_line(&path);
    assert_eq!(stdout, "spinning\ncaught in fib\n");
    assert_eq!((signal, code), (None, Some(0)), "stderr: {stderr}");

    // A busy loop sees it at its back edge; uncaught, it ends the process by SIGINT after
    // CPython's traceback.
    let path = scratch(
        "ctrl_c_loop.py",
        "print('spinning', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
    );
    let (stdout, stderr, signal, _) = interrupt_after_first_line(&path);
    assert_eq!(stdout, "spinning\n");
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n"),
        "{stderr}"
    );
    assert!(stderr.ends_with("\nKeyboardInterrupt\n"), "{stderr}");
    assert_eq!(signal, Some(2));
}

#[test]
fn traceback_frames_refuse_what_weft_does_not_keep() {
    // weft's frame objects are views of the traceback's entries, not kept frames: `f_locals`
    // and `f_back` are not there, and a frame that handled the exception went on running, so
    // its `f_lineno` is not known. Each is an AttributeError, never a made-up value; a frame
    // the exception left has its line.
    let path = scratch(
        "tb_frames.py",
        "def f():\n    1 / 0\n\ntry:\n    f()\nexcept ZeroDivisionError as e:\n\
         \x20   tb = e.__traceback__\n\
         for frame, name in ((tb.tb_next.tb_frame, 'f_locals'), (tb.tb_next.tb_frame, 'f_back'),\n\
         \x20                   (tb.tb_frame, 'f_lineno'), (tb.tb_frame, 'f_lasti')):\n\
         \x20   try:\n        getattr(frame, name)\n    except AttributeError as a:\n        print(a)\n\
         print(tb.tb_next.tb_frame.f_lineno, repr(tb.tb_frame).endswith(\"code <module>>\"))\n",
    );
    let (status, stdout, stderr) = run_file(&path);
    assert_eq!(status, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "'frame' object has no attribute 'f_locals'\n\
         'frame' object has no attribute 'f_back'\n\
         'frame' object has no attribute 'f_lineno'\n\
         'frame' object has no attribute 'f_lasti'\n\
         2 True\n"
    );
}
