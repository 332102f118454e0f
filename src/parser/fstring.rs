//! String literals after lexing: implicit concatenation (`"a" f"{b}" "c"`) and the inside of
//! f-strings. The lexer hands an f-string over undecoded; here it is split into literal text
//! (decoded by `lexer::decode_str_body`) and `{expr[=][!conv][:spec]}` fields whose expression
//! text is parsed on its own with spans shifted into the file. The result is shaped exactly like
//! CPython 3.11's `ast`: a `JoinedStr` of `Constant(Str)` and `FormattedValue` parts, adjacent
//! literal text merged, empty text dropped. Errors carry CPython 3.11's f-string messages.
//! One pass over each literal: linear in its length.

use crate::ast::{Constant, Conversion, Expr, ExprKind};
use crate::diagnostics::SyntaxError;
use crate::lexer::decode_str_body;
use crate::span::Span;
use crate::token::FStringTok;

use super::nodes::{Spanned, StringPart};

/// Fields inside a format spec may not themselves have fields in their spec (CPython's limit).
const MAX_NESTING: usize = 2;

/// Joins adjacent string literals into one `Constant` or, when an f-string takes part, a
/// `JoinedStr`.
pub fn strings(s: Spanned<Vec<StringPart<'_>>>) -> Result<Expr, SyntaxError> {
    let parts = s.node;
    let bytes = parts
        .iter()
        .filter(|p| matches!(p, StringPart::Bytes(_)))
        .count();
    if bytes > 0 && bytes < parts.len() {
        return Err(SyntaxError::new(
            "weft::syntax::mixed_bytes",
            "cannot mix bytes and nonbytes literals",
            s.span,
        )
        .label("`b\"...\"` literals and text literals are written next to each other here")
        .help("make every piece bytes (`b\"...\"`) or every piece text; use `.encode()` or `.decode()` to convert"));
    }
    if bytes > 0 {
        let mut all = Vec::new();
        for part in parts {
            if let StringPart::Bytes(b) = part {
                all.extend(b.node);
            }
        }
        return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(all)), s.span));
    }
    let is_joined = parts.iter().any(|p| matches!(p, StringPart::FString(_)));
    let mut joined = Joined::default();
    for part in parts {
        match part {
            StringPart::Str(text) => joined.text(&text.node, text.span),
            StringPart::FString(f) => split(&f.node, &mut joined, 0)?,
            StringPart::Bytes(_) => {}
        }
    }
    if is_joined {
        Ok(Expr::new(ExprKind::JoinedStr(joined.finish()), s.span))
    } else {
        let text = joined.pending.map(|(text, _)| text).unwrap_or_default();
        Ok(Expr::new(ExprKind::Constant(Constant::Str(text)), s.span))
    }
}

/// The parts of a `JoinedStr` being built: literal text is gathered until a field comes.
#[derive(Default)]
struct Joined {
    values: Vec<Expr>,
    pending: Option<(String, Span)>,
}

impl Joined {
    fn text(&mut self, text: &str, span: Span) {
        match &mut self.pending {
            Some((pending, pending_span)) => {
                pending.push_str(text);
                *pending_span = pending_span.to(span);
            }
            None => self.pending = Some((text.to_string(), span)),
        }
    }

    fn field(&mut self, value: Expr) {
        self.flush();
        self.values.push(value);
    }

    fn flush(&mut self) {
        if let Some((text, span)) = self.pending.take() {
            if !text.is_empty() {
                self.values
                    .push(Expr::new(ExprKind::Constant(Constant::Str(text)), span));
            }
        }
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

/// Reads an f-string (or a format spec, when `depth > 0`) into `out`.
fn split(f: &FStringTok<'_>, out: &mut Joined, depth: usize) -> Result<(), SyntaxError> {
    let mut reader = Reader {
        content: f.content,
        base: f.content_start,
        raw: f.raw,
    };
    reader
        .literal_and_fields(0, f.content.len(), out, depth)
        .map(|_| ())
}

/// Walks the text of one f-string; `base` is the file offset of `content[0]`.
struct Reader<'s> {
    content: &'s str,
    base: usize,
    raw: bool,
}

impl Reader<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// An error on the character at `at` (or just past the end).
    fn error(&self, message: &str, at: usize, label: &str) -> SyntaxError {
        let at = at.min(self.content.len());
        let width = self
            .content
            .get(at..)
            .and_then(|t| t.chars().next())
            .map_or(0, char::len_utf8);
        SyntaxError::new("weft::syntax::fstring", message, self.span(at, at + width)).label(label)
    }

    /// Literal text and fields from `start` until `end`, or (inside a spec) the `}` that
    /// closes the spec, whose index is returned.
    fn literal_and_fields(
        &mut self,
        start: usize,
        end: usize,
        out: &mut Joined,
        depth: usize,
    ) -> Result<usize, SyntaxError> {
        let bytes = self.content.as_bytes();
        let mut run = start;
        let mut i = start;
        while i < end {
            match bytes[i] {
                b'{' if bytes.get(i + 1) == Some(&b'{') && depth == 0 => {
                    self.literal(run, i + 1, out)?;
                    i += 2;
                    run = i;
                }
                b'{' => {
                    self.literal(run, i, out)?;
                    i = self.field(i, end, out, depth)?;
                    run = i;
                }
                b'}' if depth > 0 => {
                    self.literal(run, i, out)?;
                    return Ok(i);
                }
                b'}' if bytes.get(i + 1) == Some(&b'}') => {
                    self.literal(run, i + 1, out)?;
                    i += 2;
                    run = i;
                }
                b'}' => {
                    return Err(self.error(
                        "f-string: single '}' is not allowed",
                        i,
                        "write `}}` for a literal `}`",
                    ))
                }
                b'\\' if !self.raw => i = self.skip_escape(i, end),
                _ => i += 1,
            }
        }
        self.literal(run, end, out)?;
        if depth > 0 {
            return Err(self.error(
                "f-string: expecting '}'",
                end,
                "the field's `{` is never closed",
            ));
        }
        Ok(end)
    }

    /// Skips an escape so that `\N{NAME}` is not taken for a field and `\\` not for two escapes.
    fn skip_escape(&self, i: usize, end: usize) -> usize {
        let bytes = self.content.as_bytes();
        match bytes.get(i + 1) {
            Some(b'N') if bytes.get(i + 2) == Some(&b'{') => self.content[i..end]
                .find('}')
                .map_or(end, |close| i + close + 1),
            Some(b'\\') => i + 2,
            _ => i + 1,
        }
    }

    fn literal(&self, start: usize, end: usize, out: &mut Joined) -> Result<(), SyntaxError> {
        if start < end {
            let text = decode_str_body(&self.content[start..end], self.raw, self.base + start)?;
            out.text(&text, self.span(start, end));
        }
        Ok(())
    }

    /// Reads the field whose `{` is at `open`; returns the index after its `}`.
    fn field(
        &mut self,
        open: usize,
        end: usize,
        out: &mut Joined,
        depth: usize,
    ) -> Result<usize, SyntaxError> {
        if depth >= MAX_NESTING {
            return Err(self.error(
                "f-string: expressions nested too deeply",
                open,
                "a field inside a format spec cannot hold another spec field",
            ));
        }
        let expr_start = open + 1;
        let (expr_end, stop) = self.expression_end(expr_start, end)?;
        let text = &self.content[expr_start..expr_end];
        if text.trim().is_empty() && stop == Stop::Conversion {
            return Err(self.error(
                "f-string: expression required before '!'",
                expr_end,
                "put an expression before the conversion",
            ));
        }
        if text.trim().is_empty() {
            let at = expr_end;
            return Err(self.error(
                "f-string: empty expression not allowed",
                at,
                "put an expression between the braces",
            ));
        }
        let value = super::parse_fstring_field(text, self.base + expr_start)?;
        if matches!(value.kind, ExprKind::Starred(_)) {
            return Err(SyntaxError::new(
                "weft::syntax::fstring",
                "f-string: cannot use starred expression here",
                value.span,
            )
            .label("a field shows one value")
            .help("write `(*a,)` to show a tuple, or drop the `*`"));
        }
        let mut i = expr_end;
        let bytes = self.content.as_bytes();
        let mut debug = false;
        if stop == Stop::Equal {
            debug = true;
            i += 1;
            while i < end && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            out.text(&self.content[expr_start..i], self.span(expr_start, i));
        }
        let mut conversion = None;
        if bytes.get(i) == Some(&b'!') {
            conversion = Some(self.conversion(i + 1, end)?);
            i += 2;
        }
        let mut format_spec = None;
        if bytes.get(i) == Some(&b':') {
            let mut spec = Joined::default();
            let close = self.literal_and_fields(i + 1, end, &mut spec, depth + 1)?;
            let span = self.span(i + 1, close);
            format_spec = Some(Box::new(Expr::new(
                ExprKind::JoinedStr(spec.finish()),
                span,
            )));
            i = close;
        }
        if bytes.get(i) != Some(&b'}') {
            let at = i.min(end);
            return Err(self.error(
                "f-string: expecting '}'",
                at,
                "the field's `{` is never closed",
            ));
        }
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some(Conversion::Repr);
        }
        let kind = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        out.field(Expr::new(kind, self.span(open, i + 1)));
        Ok(i + 1)
    }

    fn conversion(&self, at: usize, end: usize) -> Result<Conversion, SyntaxError> {
        let bytes = self.content.as_bytes();
        let conversion = match bytes.get(at).filter(|_| at < end) {
            Some(b's') => Conversion::Str,
            Some(b'r') => Conversion::Repr,
            Some(b'a') => Conversion::Ascii,
            None => {
                return Err(self.error(
                    "f-string: expecting '}'",
                    at,
                    "the field's `{` is never closed",
                ))
            }
            Some(_) => {
                return Err(self.error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    at,
                    "after `!` comes `s` (str), `r` (repr) or `a` (ascii)",
                ))
            }
        };
        match bytes.get(at + 1).filter(|_| at + 1 < end) {
            Some(b':' | b'}') => Ok(conversion),
            None => Err(self.error(
                "f-string: expecting '}'",
                at + 1,
                "the field's `{` is never closed",
            )),
            _ => Err(self.error(
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                at,
                "after `!` comes one of `s`, `r`, `a`, then `:` or `}`",
            )),
        }
    }

    /// Checks that the closer `b` at `at` matches the innermost open bracket.
    fn close_bracket(&self, opener: Option<u8>, b: u8, at: usize) -> Result<(), SyntaxError> {
        let expected = match opener {
            Some(b'(') => b')',
            Some(b'[') => b']',
            Some(_) => b'}',
            None => {
                let message = format!("f-string: unmatched '{}'", b as char);
                return Err(self.error(&message, at, "nothing opened this bracket"));
            }
        };
        if b == expected {
            return Ok(());
        }
        let message = format!(
            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
            b as char,
            opener.map_or('?', char::from)
        );
        Err(self.error(
            &message,
            at,
            "this bracket closes a different kind of bracket",
        ))
    }

    /// Finds where the field's expression ends: at depth 0, a `}`, a `!` conversion, a `:`
    /// spec, or a `=` debug marker (not `==`, `!=`, `<=`, `>=`). Quotes inside are skipped.
    fn expression_end(&self, start: usize, end: usize) -> Result<(usize, Stop), SyntaxError> {
        let bytes = self.content.as_bytes();
        let mut open: Vec<u8> = Vec::new(); // brackets opened inside the expression
        let mut quote: Option<&[u8]> = None;
        let mut i = start;
        while i < end {
            let b = bytes[i];
            if b == b'\\' {
                return Err(self.error(
                    "f-string expression part cannot include a backslash",
                    i,
                    "compute this value before the f-string and put its name here",
                ));
            }
            if let Some(q) = quote {
                if bytes[i..end].starts_with(q) {
                    i += q.len();
                    quote = None;
                } else {
                    i += 1;
                }
                continue;
            }
            match b {
                b'\'' | b'"' => {
                    let triple = [b, b, b];
                    quote = Some(if bytes[i..end].starts_with(&triple) {
                        &bytes[i..i + 3]
                    } else {
                        &bytes[i..i + 1]
                    });
                    i += quote.map_or(1, <[u8]>::len);
                    continue;
                }
                b'#' => {
                    return Err(self.error(
                        "f-string expression part cannot include '#'",
                        i,
                        "a comment cannot go inside an f-string field",
                    ))
                }
                b'(' | b'[' | b'{' => open.push(b),
                b'}' if open.is_empty() => return Ok((i, Stop::Close)),
                b')' | b']' | b'}' => self.close_bracket(open.pop(), b, i)?,
                b'!' | b'=' | b'<' | b'>' if bytes.get(i + 1) == Some(&b'=') => {
                    i += 2;
                    continue;
                }
                b'!' if open.is_empty() => return Ok((i, Stop::Conversion)),
                b':' if open.is_empty() => return Ok((i, Stop::Spec)),
                b'=' if open.is_empty() => return Ok((i, Stop::Equal)),
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.error(
                "f-string: unterminated string",
                end,
                "a string inside this field is never closed",
            ));
        }
        Err(self.error(
            "f-string: expecting '}'",
            end,
            "the field's `{` is never closed",
        ))
    }
}

/// What ended a field's expression text.
#[derive(Clone, Copy, PartialEq)]
enum Stop {
    Close,
    Conversion,
    Spec,
    Equal,
}
