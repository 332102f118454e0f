//! String literals: finding where one ends (`scan`, called by logos on a prefix and opening quote)
//! and decoding its body (`decode_str`, `decode_bytes`), CPython 3.11's rules. A scan stops at the
//! closing quote, or reports the literal unterminated: at the line break for `'...'`, at the end of
//! input for `'''...'''`. Decoding turns escapes into characters, `\r\n` and `\r` into `\n`, and
//! reports bad escapes with the span of the escape in the source.

use crate::diagnostics::SyntaxError;
use crate::span::Span;

/// What `scan` measured. Offsets are relative to the start of the literal (its prefix).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StrScan {
    pub prefix: Prefix,
    /// Bytes of prefix letters plus opening quotes.
    pub open_len: usize,
    /// 1 or 3.
    pub quote_len: usize,
    /// Bytes after the opening quote (`logos` bumps over them): body and closing quotes.
    pub rest_len: usize,
    pub terminated: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub format: bool,
}

impl StrScan {
    /// The body's byte range relative to the literal's start.
    pub fn body(&self) -> (usize, usize) {
        let len = self.open_len - (self.quote_len - 1) + self.rest_len;
        let end = len - if self.terminated { self.quote_len } else { 0 };
        (self.open_len, end.max(self.open_len))
    }
}

/// `opening` is the matched prefix and first quote; `rest` the source after it.
pub fn scan(opening: &str, rest: &str) -> StrScan {
    let mut prefix = Prefix::default();
    for c in opening.bytes() {
        match c.to_ascii_lowercase() {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.format = true,
            _ => {}
        }
    }
    let b = rest.as_bytes();
    let q = opening.as_bytes()[opening.len() - 1];
    let triple = b.len() >= 2 && b[0] == q && b[1] == q;
    let (quote_len, mut i) = if triple { (3, 2) } else { (1, 0) };
    let (end, terminated) = loop {
        match b.get(i) {
            None => break (b.len(), false),
            Some(b'\\') => {
                // The escaped character never ends the literal (not even in raw strings).
                i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    3
                } else {
                    2
                };
            }
            Some(&c) if c == q => {
                if !triple {
                    break (i + 1, true);
                }
                if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                    break (i + 3, true);
                }
                i += 1;
            }
            Some(b'\n' | b'\r') if !triple => break (i, false),
            Some(_) => i += 1,
        }
    };
    StrScan {
        prefix,
        open_len: opening.len() + quote_len - 1,
        quote_len,
        rest_len: end.min(b.len()),
        terminated,
    }
}

/// Where decoded characters go: a `String` for str literals, a `Vec<u8>` for bytes.
trait Sink {
    const BYTES: bool;
    fn text(&mut self, s: &str);
    fn char(&mut self, c: char);
    /// A `\x` or octal escape's value (at most 0o777).
    fn code(&mut self, v: u32);
}

impl Sink for String {
    const BYTES: bool = false;
    fn text(&mut self, s: &str) {
        self.push_str(s);
    }
    fn char(&mut self, c: char) {
        self.push(c);
    }
    fn code(&mut self, v: u32) {
        // At most 0o777 = 511: always a valid scalar value.
        self.push(char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
}

impl Sink for Vec<u8> {
    const BYTES: bool = true;
    fn text(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
    fn char(&mut self, c: char) {
        let mut buf = [0; 4];
        self.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
    fn code(&mut self, v: u32) {
        // CPython keeps the low byte of `\777`.
        self.push((v & 0xFF) as u8);
    }
}

/// Decodes a str literal's body; `offset` is the body's byte offset in the source.
pub fn decode_str(body: &str, raw: bool, offset: usize) -> Result<String, SyntaxError> {
    let mut out = String::with_capacity(body.len());
    decode(body, raw, offset, &mut out)?;
    Ok(out)
}

/// Decodes a bytes literal's body; `literal` is the whole literal's span (for the non-ASCII error).
pub fn decode_bytes(
    body: &str,
    raw: bool,
    offset: usize,
    literal: Span,
) -> Result<Vec<u8>, SyntaxError> {
    if !body.is_ascii() {
        let (at, c) = body
            .char_indices()
            .find(|(_, c)| !c.is_ascii())
            .unwrap_or((0, ' '));
        return Err(SyntaxError::new(
            "weft::syntax::non_ascii_bytes",
            "bytes can only contain ASCII literal characters",
            literal,
        )
        .label("this bytes literal has a non-ASCII character")
        .related(
            Span::new(offset + at, offset + at + c.len_utf8()),
            format!("'{c}' is not ASCII"),
        )
        .help(format!(
            "write non-ASCII bytes as escapes, e.g. '{}' for the UTF-8 encoding of '{c}', or use a \
             str literal",
            c.to_string()
                .bytes()
                .map(|b| format!("\\x{b:02x}"))
                .collect::<String>()
        )));
    }
    let mut out = Vec::with_capacity(body.len());
    decode(body, raw, offset, &mut out)?;
    Ok(out)
}

fn decode<S: Sink>(body: &str, raw: bool, offset: usize, out: &mut S) -> Result<(), SyntaxError> {
    let b = body.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' => {
                out.text(&body[run..i]);
                out.char('\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                run = i;
            }
            b'\\' if !raw => {
                out.text(&body[run..i]);
                i = escape(body, i, offset, out)?;
                run = i;
            }
            _ => i += 1,
        }
    }
    out.text(&body[run..]);
    Ok(())
}

/// Decodes the escape at byte `at` (a backslash) of `body`; returns the index after it.
fn escape<S: Sink>(
    body: &str,
    at: usize,
    offset: usize,
    out: &mut S,
) -> Result<usize, SyntaxError> {
    let b = body.as_bytes();
    let Some(c) = body[at + 1..].chars().next() else {
        out.char('\\');
        return Ok(at + 1);
    };
    let next = at + 1 + c.len_utf8();
    let simple = match c {
        '\n' => return Ok(next),
        '\r' => {
            return Ok(if b.get(next) == Some(&b'\n') {
                next + 1
            } else {
                next
            })
        }
        '\\' | '\'' | '"' => Some(c),
        'a' => Some('\x07'),
        'b' => Some('\x08'),
        'f' => Some('\x0c'),
        'n' => Some('\n'),
        'r' => Some('\r'),
        't' => Some('\t'),
        'v' => Some('\x0b'),
        _ => None,
    };
    if let Some(decoded) = simple {
        out.char(decoded);
        return Ok(next);
    }
    match c {
        '0'..='7' => {
            let digits = b[at + 1..]
                .iter()
                .take(3)
                .take_while(|d| (b'0'..=b'7').contains(d))
                .count();
            let v = b[at + 1..at + 1 + digits]
                .iter()
                .fold(0, |v, d| v * 8 + u32::from(d - b'0'));
            out.code(v);
            Ok(at + 1 + digits)
        }
        'x' => {
            let (v, end) = hex_digits(body, at, 2, offset, S::BYTES, "\\xXX")?;
            out.code(v);
            Ok(end)
        }
        'u' | 'U' if !S::BYTES => {
            let (count, shape) = if c == 'u' {
                (4, "\\uXXXX")
            } else {
                (8, "\\UXXXXXXXX")
            };
            let (v, end) = hex_digits(body, at, count, offset, false, shape)?;
            out.char(scalar(v, body, at, end, offset)?);
            Ok(end)
        }
        'N' if !S::BYTES => {
            let (ch, end) = named(body, at, offset)?;
            out.char(ch);
            Ok(end)
        }
        _ => {
            // Unknown escapes keep their backslash (CPython warns, then does the same).
            out.char('\\');
            out.char(c);
            Ok(next)
        }
    }
}

/// Reads exactly `count` hex digits after `\x`, `\u` or `\U` at `at`.
fn hex_digits(
    body: &str,
    at: usize,
    count: usize,
    offset: usize,
    bytes: bool,
    shape: &str,
) -> Result<(u32, usize), SyntaxError> {
    let digits = &body.as_bytes()[at + 2..];
    let found = digits
        .iter()
        .take(count)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    if found < count {
        let end = at + 2 + found;
        let message = if bytes {
            format!("(value error) invalid \\x escape at position {at}")
        } else {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {at}-{}: \
                 truncated {shape} escape",
                end - 1
            )
        };
        return Err(escape_error(message, at, end, offset)
            .label(format!("{} needs exactly {count} hex digits", &shape[..2])));
    }
    let v = digits[..count]
        .iter()
        .fold(0, |v, d| v * 16 + (*d as char).to_digit(16).unwrap_or(0));
    Ok((v, at + 2 + count))
}

/// The character for a `\u`/`\U` value: CPython's range check, and weft's refusal of surrogates
/// (weft strings are always valid Unicode).
fn scalar(v: u32, body: &str, at: usize, end: usize, offset: usize) -> Result<char, SyntaxError> {
    if let Some(c) = char::from_u32(v) {
        return Ok(c);
    }
    if v > 0x10FFFF {
        return Err(escape_error(
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {at}-{}: \
                 illegal Unicode character",
                end - 1
            ),
            at,
            end,
            offset,
        )
        .label("above U+10FFFF, the largest code point"));
    }
    Err(SyntaxError::new(
        "weft::syntax::surrogate_escape",
        format!(
            "lone surrogate '{}' is not supported: weft strings hold only valid Unicode",
            &body[at..end]
        ),
        Span::new(offset + at, offset + end),
    )
    .label("a surrogate code point")
    .help("write the character itself, or its code point with \\U (as in \\U0001F600)"))
}

/// `\N{NAME}` at `at`.
fn named(body: &str, at: usize, offset: usize) -> Result<(char, usize), SyntaxError> {
    let after = &body[at + 2..];
    let malformed = |end: usize| {
        escape_error(
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {at}-{}: \
                 malformed \\N character escape",
                end - 1
            ),
            at,
            end,
            offset,
        )
        .label("expected a name in braces, as in \\N{EM DASH}")
    };
    if !after.starts_with('{') {
        return Err(malformed(at + 2));
    }
    let Some(close) = after.find('}') else {
        return Err(malformed(body.len()));
    };
    let name = &after[1..close];
    let end = at + 2 + close + 1;
    if name.is_empty() {
        return Err(malformed(end));
    }
    unicode_names2::character(&name.to_ascii_uppercase())
        .map(|c| (c, end))
        .ok_or_else(|| {
            escape_error(
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {at}-{}: \
                     unknown Unicode character name",
                    end - 1
                ),
                at,
                end,
                offset,
            )
            .label(format!("no Unicode character is named '{name}'"))
            .help("check the spelling of the name (as in \\N{EM DASH}), or write the character itself")
        })
}

fn escape_error(message: String, at: usize, end: usize, offset: usize) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::invalid_escape",
        message,
        Span::new(offset + at, offset + end),
    )
    .help("to write a backslash itself, double it ('\\\\') or use a raw string (r'...')")
}
