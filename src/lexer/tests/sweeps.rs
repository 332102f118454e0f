//! `dump_tokens` snapshots, and sweeps over truncated and random inputs: nothing may panic.

use super::*;

// --- dump_tokens snapshots -----------------------------------------------------------------

#[test]
fn dump_async_program() {
    let source = "\
import asyncio

async def greet(name, delay=0.5):
    \"\"\"Say hello after a while.\"\"\"
    await asyncio.sleep(delay)  # suspends here
    print(f\"hello {name}!\", end='\\n')
    return {'name': name, 'ok': True}

async def main():
    results = await asyncio.gather(
        greet(\"a\"),
        greet(\"b\", delay=1_0e-1),
    )
    match results:
        case [first, *rest] if first:
            print(first)
        case _:
            pass

asyncio.run(main())
";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

#[test]
fn dump_literals() {
    let source = "x = (0xFF, 0o17, 0b1, 1_000, 12345678901234567890, 1.5e-3, .5, 2j,\n\
                  'a\\tb', r'\\d+', b'\\x00\\xff', rb'\\n', '''two\nlines''', fr'{x}\\n')\n";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

#[test]
fn dump_layout() {
    let source = "class A:\n\n    # comment\n    def f(self):\n        if self:\n            return [\n  1,\n]\n    x = 1 \\\n        + 2\ny = 3";
    insta::assert_snapshot!(dump_tokens(source).unwrap());
}

// --- no input may panic --------------------------------------------------------------------

/// Lexes `source` to the end; the stream must end, and spans must be in bounds and ordered.
fn lex_all(source: &str) {
    let mut last_end = 0;
    for item in Lexer::new(source) {
        match item {
            Ok((start, _, end)) => {
                assert!(start <= end && end <= source.len(), "{source:?}");
                assert!(start >= last_end || start == end, "{source:?}");
                last_end = end;
            }
            Err(e) => {
                assert!(
                    e.span.start <= e.span.end && e.span.end <= source.len(),
                    "{source:?}: {e:?}"
                );
                break;
            }
        }
    }
}

#[test]
fn every_truncation_lexes_without_panic() {
    let program = "\
async def f(x, *a, **k) -> int:
\tmatch x:
\t\tcase {'k': [1, 2.5e3, 0x_f]}: return b'\\x41\\777' + rb\"\\\"\"
\ty = f'{x!r:>{w}}' '''tri\r\nple''' \"\\N{EM DASH}\\u00e9\\U0001F600\" \\
    + 0o17 + 0b1_0 + 1_000j + .5 @ z
    # comment ü
  \x0c  return (yield)  # é
€ $ ? ! ` <> \0 \u{a0}
";
    for end in 0..=program.len() {
        if program.is_char_boundary(end) {
            lex_all(&program[..end]);
        }
    }
    for start in 0..program.len() {
        if program.is_char_boundary(start) {
            lex_all(&program[start..]);
        }
    }
}

#[test]
fn random_inputs_lex_without_panic() {
    // A small xorshift generator: deterministic, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> =
        "abcfrubFRUB_019xXoOjJeE.+-*/%@<>=!&|^~:;,()[]{}'\"\\#$? \t\n\r\x0c\0é€\u{a0}"
            .chars()
            .collect();
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let source: String = (0..len)
            .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
            .collect();
        lex_all(&source);
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        lex_all(&String::from_utf8_lossy(&bytes));
        let field = source.clone();
        for item in Lexer::for_fstring_field(&field, 7) {
            if item.is_err() {
                break;
            }
        }
        let _ = decode_str_body(&source, false, 0);
    }
}
