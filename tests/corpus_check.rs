//! Every program we ship or test with — `examples/`, `tests/programs/`, `tests/cases/` — is
//! valid Python 3.11 (CPython runs it), so the front end must accept all of them.

use std::fs;
use std::path::PathBuf;

fn python_files(dir: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_and_tested_program_passes_check() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for dir in ["examples", "tests/programs", "tests/cases", "bench"] {
        for path in python_files(dir) {
            let source = fs::read_to_string(&path).unwrap();
            if let Err(error) = weft::check(&source) {
                failures.push(format!("{}: {error}", path.display()));
            }
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} programs found");
    assert!(
        failures.is_empty(),
        "rejected valid programs:\n{}",
        failures.join("\n")
    );
}
