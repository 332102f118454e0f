//! The lexer: takes source text, gives the token stream the parser reads, as lalrpop's
//! `(start, token, end)` triples with byte offsets, or the first `SyntaxError` (after which it
//! gives nothing more). Three layers, each in its own module:
//!
//! ```text
//! source ─► raw (logos: raw tokens, literals measured) ─► indent (NEWLINE/INDENT/DEDENT, brackets,
//!           literal values) ─► soft (the soft keywords `match` and `case`) ─► Lexer (span shift)
//! ```

mod dump;
mod indent;
mod numbers;
mod raw;
mod soft;
mod strings;
#[cfg(test)]
mod tests;

pub use dump::dump_tokens;

use crate::diagnostics::SyntaxError;
use crate::token::Tok;
use indent::Layout;
use soft::SoftKeywords;

/// One token with its byte span, or the error that ends the stream.
pub(crate) type Item<'s> = Result<(usize, Tok<'s>, usize), SyntaxError>;

/// The token stream of one source text (a module, or one f-string field).
pub struct Lexer<'s> {
    tokens: SoftKeywords<'s>,
    /// Added to every span: the field's offset in the real source (0 for a whole file).
    offset: usize,
    done: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(source: &'s str) -> Lexer<'s> {
        Lexer {
            tokens: SoftKeywords::new(Layout::new(source, false), true),
            offset: 0,
            done: false,
        }
    }

    /// Lexes `text`, the inside of an f-string `{...}` field that starts at byte `offset` of the
    /// real source, as if inside parentheses (no NEWLINE/INDENT/DEDENT except the final NEWLINE),
    /// with all spans (and error spans) shifted by `offset`.
    pub fn for_fstring_field(text: &'s str, offset: usize) -> Lexer<'s> {
        Lexer {
            tokens: SoftKeywords::new(Layout::new(text, true), false),
            offset,
            done: false,
        }
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Item<'s>;

    fn next(&mut self) -> Option<Item<'s>> {
        if self.done {
            return None;
        }
        let item = self.tokens.next();
        let offset = self.offset;
        Some(match item? {
            Ok((start, tok, end)) => Ok((start + offset, tok, end + offset)),
            Err(error) => {
                self.done = true;
                Err(error.shifted(offset))
            }
        })
    }
}

/// Decodes the body of a string literal (the text between the quotes) — used by the parser for the
/// literal parts of f-strings. `offset` is the byte offset of `body` in the source (for error spans).
pub fn decode_str_body(body: &str, raw: bool, offset: usize) -> Result<String, SyntaxError> {
    strings::decode_str(body, raw, offset)
}
