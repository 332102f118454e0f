//! `weft --tokens`: the token stream as text, one token per line, for people and snapshots:
//! `LINE:COL-LINE:COL  KIND  text` (the end column is exclusive), where text is the source slice, or the decoded value for a
//! literal, Debug-escaped. Positions are 1-based, columns count characters.

use std::fmt::Write;

use super::Lexer;
use crate::ast::Int;
use crate::diagnostics::SyntaxError;
use crate::token::Tok;

/// Lexes `source` and prints every token, or returns the first error.
pub fn dump_tokens(source: &str) -> Result<String, SyntaxError> {
    let lines = LineIndex::new(source);
    let mut out = String::new();
    for item in Lexer::new(source) {
        let (start, tok, end) = item?;
        let (l1, c1) = lines.line_col(source, start);
        // The end shows as the column after the last character, on the token's last line.
        let (l2, c2) = match source.get(..end).and_then(|s| s.char_indices().next_back()) {
            Some((last, _)) if end > start => {
                let (line, col) = lines.line_col(source, last);
                (line, col + 1)
            }
            _ => (l1, c1),
        };
        let at = format!("{l1}:{c1}-{l2}:{c2}");
        let kind = kind_name(&tok);
        let text = match &tok {
            Tok::Int(Int::Small(v)) => v.to_string(),
            Tok::Int(Int::Big(v)) => v.to_string(),
            Tok::Float(v) | Tok::Imaginary(v) => format!("{v:?}"),
            Tok::Str(s) => format!("{s:?}"),
            Tok::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
            Tok::FString(f) => format!("{:?}{}", f.content, if f.raw { " (raw)" } else { "" }),
            _ => format!("{:?}", &source[start..end]),
        };
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{at:<15} {kind:<16} {text}");
    }
    Ok(out)
}

/// The variant name of a token: `Name`, `LPar`, `Indent`...
fn kind_name(tok: &Tok) -> String {
    let debug = format!("{tok:?}");
    match debug.find('(') {
        Some(paren) => debug[..paren].to_string(),
        None => debug,
    }
}

/// Byte offsets of line starts, for turning offsets into line and column.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        let b = source.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = source.get(start..offset).map_or(0, |s| s.chars().count());
        (line, col + 1)
    }
}
