//! The indentation layer: takes logos' raw tokens and gives the tokens the parser sees, with
//! NEWLINE, INDENT and DEDENT decided and literals turned into values. It keeps an indent stack
//! (starts at [0], never pops below), a bracket stack (inside brackets line breaks and indentation
//! mean nothing) and a queue of decided tokens. Indentation is decided at the first real token of a
//! logical line, so blank and comment-only lines never change it. After the first error it gives
//! nothing more.

use std::collections::VecDeque;

use logos::Logos;

use super::numbers;
use super::raw::RawTok;
use super::strings::{self, StrScan};
use super::Item;
use crate::diagnostics::{ErrorKind, SyntaxError};
use crate::span::{line_col, Span};
use crate::token::{FStringTok, Tok};

/// CPython's limits (its MAXLEVEL and MAXINDENT): deeper code is refused before any later stage
/// has to walk it.
const MAX_BRACKETS: usize = 200;
const MAX_INDENTS: usize = 99;

pub struct Layout<'s> {
    source: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    /// Lexing an f-string field: as if inside brackets from start to end.
    field: bool,
    /// Indentation levels of the open blocks, measured with tab size 8 and with tab size 1
    /// (CPython's two measures: a line whose order differs between them mixes tabs ambiguously).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the opener and its span.
    brackets: Vec<(u8, Span)>,
    /// Where the physical line that starts the current logical line begins.
    line_start: usize,
    at_line_start: bool,
    line_has_tokens: bool,
    queue: VecDeque<Item<'s>>,
    finished: bool,
}

impl<'s> Layout<'s> {
    pub fn new(source: &'s str, field: bool) -> Layout<'s> {
        let mut raw = RawTok::lexer(source);
        // A UTF-8 byte order mark is an encoding detail, not source text.
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        raw.bump(bom);
        Layout {
            source,
            raw,
            field,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_start: bom,
            at_line_start: !field,
            line_has_tokens: false,
            queue: VecDeque::new(),
            finished: false,
        }
    }

    fn push(&mut self, start: usize, tok: Tok<'s>, end: usize) {
        self.queue.push_back(Ok((start, tok, end)));
    }

    fn fail(&mut self, error: SyntaxError) {
        self.queue.push_back(Err(error));
        self.finished = true;
    }

    fn step(&mut self) {
        let Some(raw) = self.raw.next() else {
            return self.finish();
        };
        let span = self.raw.span();
        let span = Span::new(span.start, span.end);
        let raw = match raw {
            Ok(raw) => raw,
            Err(()) => return self.fail(stray_character(self.source, span.start)),
        };
        if self.field {
            if let Some(error) = self.field_error(raw, span) {
                return self.fail(error);
            }
        }
        if raw == RawTok::Comment {
            return;
        }
        if raw == RawTok::LineJoin {
            // Open brackets are the better report at the end of input (as CPython's).
            if span.end == self.source.len() && self.brackets.is_empty() {
                let backslash = Span::new(span.start, span.start + 1);
                return self.fail(self.backslash(backslash));
            }
            return;
        }
        if raw == RawTok::Newline {
            if self.brackets.is_empty() && !self.field {
                if self.line_has_tokens {
                    self.push(span.start, Tok::Newline, span.end);
                    self.line_has_tokens = false;
                    self.at_line_start = true;
                }
                self.line_start = span.end;
            }
            return;
        }
        if self.at_line_start {
            self.at_line_start = false;
            if let Err(error) = self.indentation(span.start) {
                return self.fail(error);
            }
        }
        self.line_has_tokens = true;
        match self.token(raw, span) {
            Ok(tok) => self.push(span.start, tok, span.end),
            Err(error) => self.fail(error),
        }
    }

    /// What CPython 3.11 refuses inside an f-string's `{...}`: comments and backslashes.
    fn field_error(&self, raw: RawTok, span: Span) -> Option<SyntaxError> {
        let text = &self.source[span.start..span.end];
        if raw == RawTok::Comment {
            return Some(
                SyntaxError::new(
                    "weft::syntax::fstring_comment",
                    "f-string expression part cannot include '#'",
                    Span::new(span.start, span.start + 1),
                )
                .label("a comment inside an f-string field")
                .help("remove the '#' (inside quotes, as in f\"{'#'}\", it is fine)"),
            );
        }
        let backslash = text.find('\\')?;
        let at = span.start + backslash;
        Some(
            SyntaxError::new(
                "weft::syntax::fstring_backslash",
                "f-string expression part cannot include a backslash",
                Span::new(at, at + 1),
            )
            .label("a backslash inside an f-string field")
            .help(
                "compute the value before the f-string, e.g. newline = '\\n', then use {newline}",
            ),
        )
    }

    /// Compares the indentation of the line starting at `line_start` with the open blocks and
    /// queues INDENT or DEDENTs; `at` is where the line's first token starts.
    fn indentation(&mut self, at: usize) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0, 0);
        let mut len = 0;
        for c in self.source.as_bytes()[self.line_start..].iter() {
            match c {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                // A form feed resets the column, as in CPython.
                b'\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
            len += 1;
        }
        let whitespace = Span::new(self.line_start, self.line_start + len);
        let top = self.top();
        if col > top.0 {
            if alt <= top.1 {
                return Err(self.tab_error(whitespace));
            }
            if self.indents.len() > MAX_INDENTS {
                return Err(SyntaxError::new(
                    "weft::syntax::too_deeply_nested",
                    "too many levels of indentation",
                    whitespace,
                )
                .kind(ErrorKind::Indentation)
                .label(format!(
                    "block number {} inside the others",
                    MAX_INDENTS + 1
                ))
                .help("move the inner blocks into functions of their own"));
            }
            self.indents.push((col, alt));
            self.push(whitespace.start, Tok::Indent, whitespace.end);
            return Ok(());
        }
        if !self.indents.iter().any(|&(c, _)| c == col) {
            return Err(self.inconsistent_dedent(whitespace, col));
        }
        while self.indents.len() > 1 && col < self.top().0 {
            self.indents.pop();
            self.push(at, Tok::Dedent, at);
        }
        if alt != self.top().1 {
            return Err(self.tab_error(whitespace));
        }
        Ok(())
    }

    fn top(&self) -> (usize, usize) {
        self.indents.last().copied().unwrap_or((0, 0))
    }

    fn tab_error(&self, whitespace: Span) -> SyntaxError {
        SyntaxError::new(
            "weft::syntax::mixed_tabs_and_spaces",
            "inconsistent use of tabs and spaces in indentation",
            whitespace,
        )
        .kind(ErrorKind::Tab)
        .label("this indentation mixes tabs and spaces differently from the lines above")
        .help(
            "indent with spaces only (4 per level): replace the tabs in the indentation with \
             spaces; most editors can also insert spaces when you press Tab",
        )
    }

    fn inconsistent_dedent(&self, whitespace: Span, col: usize) -> SyntaxError {
        let levels: Vec<String> = self.indents.iter().map(|(c, _)| c.to_string()).collect();
        let levels = match levels.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => levels.join(""),
        };
        SyntaxError::new(
            "weft::syntax::inconsistent_dedent",
            "unindent does not match any outer indentation level",
            whitespace,
        )
        .kind(ErrorKind::Indentation)
        .label(format!(
            "indented by {col} columns, which matches no open block"
        ))
        .help(format!(
            "line this up with the block it belongs to: the open blocks are indented by \
             {levels} columns"
        ))
    }

    /// The parser's token for one raw token (not a newline).
    fn token(&mut self, raw: RawTok, span: Span) -> Result<Tok<'s>, SyntaxError> {
        let text = &self.source[span.start..span.end];
        Ok(match raw {
            RawTok::Name | RawTok::NonAscii(true) => Tok::keyword(text).unwrap_or(Tok::Name(text)),
            RawTok::NonAscii(false) => return Err(stray_character(self.source, span.start)),
            RawTok::Number(scan) => match scan.result {
                Ok(kind) => numbers::value(text, kind, span.start)?,
                Err(error) => return Err(error.to_syntax_error(span.start)),
            },
            RawTok::String(scan) => self.string(scan, span)?,
            RawTok::Backslash => return Err(self.backslash(span)),
            RawTok::LPar | RawTok::LSqb | RawTok::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(SyntaxError::new(
                        "weft::syntax::too_deeply_nested",
                        "too many nested parentheses",
                        span,
                    )
                    .label(format!(
                        "bracket number {} inside the others",
                        MAX_BRACKETS + 1
                    ))
                    .help("split the expression into smaller parts with names of their own"));
                }
                self.brackets.push((text.as_bytes()[0], span));
                bracket_tok(raw)
            }
            RawTok::RPar | RawTok::RSqb | RawTok::RBrace => {
                self.close_bracket(text.as_bytes()[0], span)?;
                bracket_tok(raw)
            }
            RawTok::LessGreater => {
                return Err(SyntaxError::new(
                    "weft::syntax::invalid_operator",
                    "invalid syntax",
                    span,
                )
                .label("'<>' is not an operator in Python 3")
                .help("use '!=' to test that two values differ"))
            }
            // Line breaks, joins and comments are handled by `step` and never reach here.
            RawTok::Newline | RawTok::LineJoin | RawTok::Comment => Tok::Newline,
            RawTok::Plus => Tok::Plus,
            RawTok::Minus => Tok::Minus,
            RawTok::Star => Tok::Star,
            RawTok::DoubleStar => Tok::DoubleStar,
            RawTok::Slash => Tok::Slash,
            RawTok::DoubleSlash => Tok::DoubleSlash,
            RawTok::Percent => Tok::Percent,
            RawTok::At => Tok::At,
            RawTok::LeftShift => Tok::LeftShift,
            RawTok::RightShift => Tok::RightShift,
            RawTok::Amper => Tok::Amper,
            RawTok::VBar => Tok::VBar,
            RawTok::Circumflex => Tok::Circumflex,
            RawTok::Tilde => Tok::Tilde,
            RawTok::ColonEqual => Tok::ColonEqual,
            RawTok::Less => Tok::Less,
            RawTok::Greater => Tok::Greater,
            RawTok::LessEqual => Tok::LessEqual,
            RawTok::GreaterEqual => Tok::GreaterEqual,
            RawTok::EqEqual => Tok::EqEqual,
            RawTok::NotEqual => Tok::NotEqual,
            RawTok::Comma => Tok::Comma,
            RawTok::Colon => Tok::Colon,
            RawTok::Dot => Tok::Dot,
            RawTok::Semi => Tok::Semi,
            RawTok::Equal => Tok::Equal,
            RawTok::Rarrow => Tok::Rarrow,
            RawTok::Ellipsis => Tok::Ellipsis,
            RawTok::PlusEqual => Tok::PlusEqual,
            RawTok::MinusEqual => Tok::MinusEqual,
            RawTok::StarEqual => Tok::StarEqual,
            RawTok::SlashEqual => Tok::SlashEqual,
            RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
            RawTok::PercentEqual => Tok::PercentEqual,
            RawTok::AtEqual => Tok::AtEqual,
            RawTok::AmperEqual => Tok::AmperEqual,
            RawTok::VBarEqual => Tok::VBarEqual,
            RawTok::CircumflexEqual => Tok::CircumflexEqual,
            RawTok::LeftShiftEqual => Tok::LeftShiftEqual,
            RawTok::RightShiftEqual => Tok::RightShiftEqual,
            RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
        })
    }

    fn string(&self, scan: StrScan, span: Span) -> Result<Tok<'s>, SyntaxError> {
        let (body_start, body_end) = scan.body();
        let offset = span.start + body_start;
        let body = &self.source[offset..span.start + body_end];
        if !scan.terminated {
            return Err(self.unterminated(scan, span));
        }
        let prefix = scan.prefix;
        Ok(if prefix.format {
            Tok::FString(FStringTok {
                content: body,
                content_start: offset,
                raw: prefix.raw,
            })
        } else if prefix.bytes {
            Tok::Bytes(strings::decode_bytes(body, prefix.raw, offset, span)?)
        } else {
            Tok::Str(strings::decode_str(body, prefix.raw, offset)?)
        })
    }

    fn unterminated(&self, scan: StrScan, span: Span) -> SyntaxError {
        let opening = Span::new(span.start, span.start + scan.open_len);
        let quote = &self.source[opening.end - scan.quote_len..opening.end];
        if self.field {
            // Lines are counted in the real file, which a field's text does not know.
            return SyntaxError::new(
                "weft::syntax::unterminated_string",
                "f-string: unterminated string",
                opening,
            )
            .label("this string is never closed")
            .help(format!(
                "end the string with {quote}; inside an f-string, use the other kind of quote"
            ));
        }
        if scan.quote_len == 3 {
            // CPython counts a final line break as ending the last line, not starting a new one.
            let last = self.source.len() - usize::from(self.source.ends_with(['\n', '\r']));
            let (line, _) = line_col(self.source, last);
            SyntaxError::new(
                "weft::syntax::unterminated_string",
                format!("unterminated triple-quoted string literal (detected at line {line})"),
                opening,
            )
            .label("this string is never closed")
            .help(format!("end the string with {quote}"))
        } else {
            let (line, _) = line_col(self.source, span.end);
            SyntaxError::new(
                "weft::syntax::unterminated_string",
                format!("unterminated string literal (detected at line {line})"),
                opening,
            )
            .label("this string is never closed")
            .help(format!(
                "end the string with {quote} on the same line; for text that spans lines use a \
                 triple-quoted string ({quote}{quote}{quote}...{quote}{quote}{quote})"
            ))
        }
    }

    fn backslash(&self, span: Span) -> SyntaxError {
        if span.start + 1 >= self.source.len()
            || self.source[span.start + 1..].starts_with(['\n', '\r'])
        {
            return SyntaxError::new(
                "weft::syntax::unexpected_eof",
                "unexpected EOF while parsing",
                span,
            )
            .label("a line continuation needs a next line")
            .help("remove the backslash at the end of the file");
        }
        SyntaxError::new(
            "weft::syntax::continuation_character",
            "unexpected character after line continuation character",
            span,
        )
        .label("a backslash outside a string must end the line")
        .help(
            "a backslash joins a line to the next one and must be the last character on its line; \
             inside brackets lines join without it",
        )
    }

    fn close_bracket(&mut self, closer: u8, span: Span) -> Result<(), SyntaxError> {
        let closer_char = closer as char;
        let Some((opener, open_span)) = self.brackets.pop() else {
            return Err(SyntaxError::new(
                "weft::syntax::unmatched_bracket",
                format!("unmatched '{closer_char}'"),
                span,
            )
            .label("no bracket is open here")
            .help(format!(
                "remove this '{closer_char}' or add the matching opening bracket before it"
            )));
        };
        let expected = match opener {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if closer == expected {
            return Ok(());
        }
        let (open_line, _) = line_col(self.source, open_span.start);
        let (close_line, _) = line_col(self.source, span.start);
        let on_line = if open_line == close_line {
            String::new()
        } else {
            format!(" on line {open_line}")
        };
        Err(SyntaxError::new(
            "weft::syntax::mismatched_bracket",
            format!(
                "closing parenthesis '{closer_char}' does not match opening parenthesis '{}'{on_line}",
                opener as char
            ),
            span,
        )
        .label(format!("expected '{}'", expected as char))
        .related(open_span, "opened here")
        .help(format!("close '{}' with '{}'", opener as char, expected as char)))
    }

    /// End of input: unclosed brackets are an error; else the last NEWLINE and the DEDENTs.
    fn finish(&mut self) {
        let end = self.source.len();
        if let Some(&(opener, span)) = self.brackets.last() {
            let closer = match opener {
                b'(' => ')',
                b'[' => ']',
                _ => '}',
            };
            return self.fail(
                SyntaxError::new(
                    "weft::syntax::unclosed_bracket",
                    format!("'{}' was never closed", opener as char),
                    span,
                )
                .label("this bracket is never closed")
                .help(format!("add the matching '{closer}'")),
            );
        }
        if self.line_has_tokens || self.field {
            self.push(end, Tok::Newline, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(end, Tok::Dedent, end);
        }
        self.finished = true;
    }
}

impl<'s> Iterator for Layout<'s> {
    type Item = Item<'s>;

    fn next(&mut self) -> Option<Item<'s>> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.finished {
                return None;
            }
            self.step();
        }
    }
}

fn bracket_tok(raw: RawTok) -> Tok<'static> {
    match raw {
        RawTok::LPar => Tok::LPar,
        RawTok::RPar => Tok::RPar,
        RawTok::LSqb => Tok::LSqb,
        RawTok::RSqb => Tok::RSqb,
        RawTok::LBrace => Tok::LBrace,
        _ => Tok::RBrace,
    }
}

/// The error for a character that starts no token, at byte `at`.
fn stray_character(source: &str, at: usize) -> SyntaxError {
    let c = source[at..].chars().next().unwrap_or(' ');
    let span = Span::new(at, at + c.len_utf8());
    if c == '\0' {
        return SyntaxError::new(
            "weft::syntax::null_byte",
            "source code cannot contain null bytes",
            span,
        )
        .label("a null byte")
        .help("remove the null byte; is this a text file?");
    }
    if !is_printable(c) {
        return SyntaxError::new(
            "weft::syntax::invalid_character",
            format!("invalid non-printable character U+{:04X}", c as u32),
            span,
        )
        .label("an invisible character")
        .help("delete this character (and retype the space around it if it looks like a space)");
    }
    let error = SyntaxError::new(
        "weft::syntax::invalid_character",
        format!("invalid character '{c}' (U+{:04X})", c as u32),
        span,
    )
    .label("not allowed in Python code outside strings and comments");
    match c {
        '!' => error.help("write 'not x' for negation and 'a != b' for 'not equal'"),
        '?' => error.help("Python has no '?' operator: write 'a if condition else b'"),
        '`' => error.help("backquotes are not Python 3 syntax: write repr(x)"),
        '$' => error.help("names in Python are plain words, without '$'"),
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' => {
            error.help("this is a typographic quote: write strings with plain ' or \" quotes")
        }
        _ => error.help(
            "outside strings and comments, Python code uses only letters, digits, '_', spaces and \
             its operators; remove this character or put it in a string",
        ),
    }
}

fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}
