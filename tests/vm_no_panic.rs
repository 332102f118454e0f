//! The VM never panics: every golden program, mutated so that it still mostly compiles but now
//! feeds the wrong types, values and names to operators, built-ins and methods, runs under
//! `weft --virtual-time` and must end with output, a Python exception or a diagnostic — never
//! a Rust panic, an abort or a crash signal. A run past the time limit is killed and counts as
//! fine (a mutated loop condition may never end). Deterministic (fixed seed): a failure prints
//! the mutated program, which reproduces it.

use std::fs;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

/// xorshift64*: a tiny deterministic generator, enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Values of every kind, to put where a literal stood.
const VALUES: &[&str] = &[
    "0",
    "-1",
    "10 ** 30",
    "1.5",
    "float('nan')",
    "'s'",
    "''",
    "b'x'",
    "None",
    "True",
    "[]",
    "()",
    "{}",
    "{1: 2}",
    "object()",
    "print",
    "range(3)",
];

const OPERATORS: &[&str] = &[
    " + ", " - ", " * ", " / ", " // ", " % ", " ** ", " & ", " | ", " ^ ", " << ", " >> ", " < ",
    " == ", " in ", " is ",
];

const RUN_LIMIT: Duration = Duration::from_secs(5);

fn programs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = fs::read_dir(root.join("tests/programs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        // Streams open real sockets; the rest is self-contained.
        .filter(|p| !p.to_string_lossy().contains("streams"))
        .collect();
    paths.sort();
    paths
}

/// Byte offsets where a token of the given kind starts: number literals, string literals
/// (single-line, no prefix) and ` op ` binary operators written with spaces.
fn literal_spans(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let after_word = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if c.is_ascii_digit() && !after_word {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            spans.push((start, i));
            continue;
        }
        if (c == b'\'' || c == b'"') && !after_word {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            if i < b.len() && b[i] == c {
                spans.push((start, i + 1));
            }
        }
        i += 1;
    }
    spans
}

fn operator_spans(src: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for op in OPERATORS {
        spans.extend(src.match_indices(op).map(|(i, m)| (i, i + m.len())));
    }
    spans.sort();
    spans
}

/// Identifiers used in the program (to swap one occurrence for another name).
fn name_spans(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if (b[i].is_ascii_alphabetic() || b[i] == b'_') && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            spans.push((start, i));
        } else {
            i += 1;
        }
    }
    spans
}

/// One mutant of `src`: a literal, an operator or a name replaced.
fn mutate(src: &str, rng: &mut Rng) -> String {
    let (spans, choices): (Vec<(usize, usize)>, Vec<String>) = match rng.below(3) {
        0 => (
            literal_spans(src),
            VALUES.iter().map(|s| s.to_string()).collect(),
        ),
        1 => (
            operator_spans(src),
            OPERATORS.iter().map(|s| s.to_string()).collect(),
        ),
        _ => {
            let names = name_spans(src);
            let words = names.iter().map(|&(a, b)| src[a..b].to_string()).collect();
            (names, words)
        }
    };
    if spans.is_empty() || choices.is_empty() {
        return src.to_string();
    }
    let (start, end) = spans[rng.below(spans.len())];
    let with = &choices[rng.below(choices.len())];
    format!("{}{}{}", &src[..start], with, &src[end..])
}

/// Runs weft on `path`; `Err` describes a crash.
fn run_weft(path: &Path) -> Result<(), String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("--virtual-time")
        .arg(path)
        // Programs that write files write them beside the mutant, never into the repository.
        .current_dir(path.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut stderr = child.stderr.take().unwrap();
    let reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(status);
        }
        if started.elapsed() > RUN_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stderr = reader.join().unwrap_or_default();
    let Some(status) = status else {
        return Ok(());
    };
    // Exit 1/2 are Python errors and diagnostics; 101 is a Rust panic; a signal is a crash
    // (SIGINT is what an uncaught KeyboardInterrupt ends with, as CPython).
    let crashed = status.code() == Some(101)
        || status.signal().is_some_and(|s| s != 2)
        || stderr.contains("panicked at")
        || stderr.contains("overflowed its stack");
    if crashed {
        return Err(format!("{status}; stderr ends:\n{}", tail(&stderr)));
    }
    Ok(())
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(8)..].join("\n")
}

#[test]
fn mutated_programs_never_crash_the_vm() {
    let programs = programs();
    assert!(programs.len() > 300, "corpus too small: {}", programs.len());
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("vm_no_panic");
    fs::create_dir_all(&dir).unwrap();
    // More mutants per program on demand (`WEFT_FUZZ_MUTANTS=20 cargo test --test vm_no_panic`).
    let per_program: usize = std::env::var("WEFT_FUZZ_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2);
    let mut rng = Rng(0x5eed_cafe_f00d_beef);
    // Mutants are made up front, in order, so the seed alone decides them.
    let mutants: Vec<(String, String)> = programs
        .iter()
        .flat_map(|p| {
            let src = fs::read_to_string(p).unwrap();
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            (0..per_program)
                .map(|k| (format!("{name}__m{k}.py"), mutate(&src, &mut rng)))
                .collect::<Vec<_>>()
        })
        .collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((name, src)) = mutants.get(i) else {
                    break;
                };
                let path = dir.join(name);
                fs::write(&path, src).unwrap();
                if let Err(e) = run_weft(&path) {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{name}: {e}\n--- program ---\n{src}"));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} mutants crashed weft:\n\n{}",
        failures.len(),
        mutants.len(),
        failures.join("\n\n")
    );
}
