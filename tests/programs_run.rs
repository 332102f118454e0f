//! Runs the golden programs under weft and compares with what CPython printed: every
//! `tests/programs/core__*.py`, `modules__*.py` (the modules a `modules__` program imports are
//! `modules__` programs too, valid on their own) and `async__*.py`, and every `examples/*.py`, all
//! under `--virtual-time` (sleeps cost nothing; the order of events is the same). A program's
//! stdout must equal its `.out`; for a failing program, the last line of stderr must equal its
//! `.err` and the exit status its `.status`. Programs whose first line is `# weft-only: why`
//! have hand-written expected files instead of CPython's (see `regen.py`), checked the same way.
//!
//! `tests/programs/NOT_YET.txt` lists, one per line (`name  reason`), the programs weft does
//! not run correctly yet. The test fails when an unlisted program fails, and also when a listed
//! one passes — then it must come off the list.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The programs this test covers, as (name, path).
fn programs() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for (folder, prefixes) in [
        ("tests/programs", &["core__", "modules__", "async__"][..]),
        ("examples", &[""][..]),
    ] {
        let Ok(entries) = std::fs::read_dir(root().join(folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("")
                .to_string();
            if path.extension().is_none_or(|e| e != "py")
                || !prefixes.iter().any(|p| name.starts_with(p))
            {
                continue;
            }
            out.push((name, path));
        }
    }
    out.sort();
    out
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// Runs one program; `Err` says how it differs from CPython.
fn check(path: &Path) -> Result<(), String> {
    let output = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("--virtual-time")
        .arg(path.file_name().unwrap_or_default())
        .current_dir(path.parent().unwrap_or(Path::new(".")))
        .output()
        .map_err(|e| format!("could not start weft: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = read(&path.with_extension("out")).unwrap_or_default();
    if stdout != expected {
        let line = stdout
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| stdout.lines().count().min(expected.lines().count()));
        return Err(format!(
            "stdout differs at line {}: weft {:?}, CPython {:?}; stderr ends {:?}",
            line + 1,
            stdout.lines().nth(line).unwrap_or("<end>"),
            expected.lines().nth(line).unwrap_or("<end>"),
            stderr.lines().last().unwrap_or("")
        ));
    }
    let want_status: i32 = read(&path.with_extension("status"))
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let status = output.status.code().unwrap_or(-1);
    if status != want_status {
        return Err(format!(
            "exit status {status}, CPython {want_status}; stderr ends {:?}",
            stderr.lines().last().unwrap_or("")
        ));
    }
    if let Some(err) = read(&path.with_extension("err")) {
        let last = stderr.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        if last != err.trim_end() {
            return Err(format!(
                "last stderr line {last:?}, CPython {:?}",
                err.trim_end()
            ));
        }
    }
    Ok(())
}

#[test]
fn golden_programs_match_cpython() {
    let list = read(&root().join("tests/programs/NOT_YET.txt")).unwrap_or_default();
    let not_yet: Vec<&str> = list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let mut problems = Vec::new();
    let mut passed = 0;
    let all = programs();
    assert!(
        all.len() >= 20,
        "expected the golden programs, found {}",
        all.len()
    );
    for (name, path) in &all {
        let listed = not_yet.contains(&name.as_str());
        match (check(path), listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                problems.push(format!("{name}: passes now; remove it from NOT_YET.txt"))
            }
            (Err(why), false) => problems.push(format!("{name}: {why}")),
            (Err(_), true) => {}
        }
    }
    for name in &not_yet {
        if !all.iter().any(|(n, _)| n == name) {
            problems.push(format!("{name}: listed in NOT_YET.txt but no such program"));
        }
    }
    eprintln!("{passed} of {} golden programs match CPython", all.len());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
