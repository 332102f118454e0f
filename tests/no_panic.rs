//! The front end never panics: mutated programs (truncations, random edits, token shuffles,
//! random bytes) must each give a tree or a diagnostic. Deterministic (fixed seeds), so a
//! failure names an input that reproduces it.

use std::fs;
use std::panic;
use std::path::PathBuf;

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

fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in [
        "examples",
        "tests/cases",
        "tests/diagnostics",
        "tests/programs",
    ] {
        let mut paths: Vec<PathBuf> = fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        sources.extend(paths.iter().map(|p| fs::read_to_string(p).unwrap()));
    }
    sources
}

/// Runs every front-end entry point on `source`; a panic fails the test with the input.
fn must_not_panic(source: &str) {
    let result = panic::catch_unwind(|| {
        let _ = weft::lexer::dump_tokens(source);
        if let Ok(module) = weft::check(source) {
            let _ = weft::ast::dump_module(&module, source);
        }
        let _ = weft::parser::parse_expression(source);
        let _ = weft::parser::parse_interactive(source);
    });
    if result.is_err() {
        panic!("the front end panicked on this input:\n{source:?}");
    }
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", "\n", "\t", " ", "    ", "\\", "\\\n", "'", "\"", "\"\"\"",
    "f\"{", "}", "#", "=", "*", "**", ",", ".", "await ", "async ", "yield ", "def ", "lambda ",
    "match ", "case ", "0x", "1e", "_", "\u{e9}", "\u{20ac}", "\0", "\r", ":=", "->", "@",
];

#[test]
fn truncations_never_panic() {
    for source in corpus() {
        let step = (source.len() / 60).max(1);
        for cut in (0..source.len()).step_by(step) {
            must_not_panic(&source[..char_boundary(&source, cut)]);
        }
    }
}

#[test]
fn random_edits_never_panic() {
    let mut rng = Rng(0x5eed_f00d);
    for source in corpus() {
        for _ in 0..30 {
            let mut mutated = source.clone();
            for _ in 0..1 + rng.below(3) {
                let at = char_boundary(&mutated, rng.below(mutated.len() + 1));
                match rng.below(3) {
                    0 => mutated.insert_str(at, PIECES[rng.below(PIECES.len())]),
                    1 => {
                        let end =
                            char_boundary(&mutated, (at + 1 + rng.below(8)).min(mutated.len()));
                        mutated.replace_range(at..end.max(at), "");
                    }
                    _ => {
                        let end = char_boundary(&mutated, (at + 1).min(mutated.len()));
                        mutated.replace_range(at..end.max(at), PIECES[rng.below(PIECES.len())]);
                    }
                }
            }
            must_not_panic(&mutated);
        }
    }
}

#[test]
fn token_shuffles_never_panic() {
    let mut rng = Rng(0xc0ff_ee11);
    for source in corpus() {
        // Whitespace-separated words stand in for tokens: swapping, dropping and doubling them
        // makes plausible-looking but broken programs.
        let words: Vec<&str> = source.split_inclusive(char::is_whitespace).collect();
        if words.len() < 2 {
            continue;
        }
        for _ in 0..20 {
            let mut shuffled = words.clone();
            let (i, j) = (rng.below(words.len()), rng.below(words.len()));
            match rng.below(3) {
                0 => shuffled.swap(i, j),
                1 => {
                    shuffled.remove(i);
                }
                _ => shuffled.insert(i, words[j]),
            }
            must_not_panic(&shuffled.concat());
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0xdead_beef);
    let alphabet = b" \n\t()[]{}:=#'\"\\fbrx0_a.*,@";
    for _ in 0..2000 {
        let len = rng.below(80);
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        must_not_panic(&String::from_utf8_lossy(&bytes));
    }
}

/// Five ways to nest without brackets: binary and unary chains, attributes, calls, `not`.
fn nested(depth: usize) -> Vec<String> {
    vec![
        format!("x = 1{}\n", " + 1".repeat(depth)),
        format!("x = {}1\n", "-".repeat(depth)),
        format!("x = a{}\n", ".b".repeat(depth)),
        format!("x = f{}\n", "()".repeat(depth)),
        format!("x = {}y\n", "not ".repeat(depth)),
    ]
}

/// Runs the front end on a thread with `stack` bytes of stack.
fn check_with_stack(source: String, stack: usize) -> bool {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || weft::check(&source).is_ok())
        .unwrap()
        .join()
        .expect("front end crashed on deep nesting")
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Past CPython's limit (about 3000 levels; 200 for brackets) it is an error, found before
    // any tree exists, so even a small stack suffices.
    for source in nested(100_000) {
        assert!(
            !check_with_stack(source, 2 << 20),
            "deep nesting should be rejected"
        );
    }
    let brackets = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
    assert!(!check_with_stack(brackets, 2 << 20));
}

#[test]
fn nesting_just_under_the_limit_is_accepted() {
    // The `weft` binary gives the front end a 256 MiB stack; this needs far less, even unoptimised.
    for source in nested(2900) {
        assert!(
            check_with_stack(source, 64 << 20),
            "CPython accepts this nesting"
        );
    }
    let brackets = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(check_with_stack(brackets, 64 << 20));
}
