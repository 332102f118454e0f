//! Number literals, CPython 3.11's rules. `scan` takes the text starting at a digit (or at `.` before
//! a digit) and measures one literal, validating underscores, prefixes, leading zeros and what may
//! follow it; `value` turns a validated literal into its token. A scan never reads past the
//! literal's end except to look at the single character (or keyword) right after it.

use num_bigint::BigInt;

use crate::ast::Int;
use crate::diagnostics::SyntaxError;
use crate::span::Span;
use crate::token::Tok;

/// What `scan` found: the literal's length and its kind, or why it is invalid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumScan {
    pub len: usize,
    pub result: Result<NumKind, NumError>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumKind {
    /// An integer in this radix (2, 8, 10 or 16).
    Int(u32),
    Float,
    Imaginary,
}

/// An invalid literal: what is wrong, at which byte (relative to the literal's start).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumError {
    pub problem: Problem,
    pub at: usize,
    pub len: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    /// "invalid {kind} literal" where `kind` is "decimal", "hexadecimal", "imaginary"...
    Invalid(&'static str),
    /// A digit too big for the radix: `0o8`, `0b2`.
    BadDigit(u8, &'static str),
    /// `0123`.
    LeadingZeros,
    /// `1__0`, `1_`: an underscore not between two digits.
    Underscore,
}

impl NumError {
    /// The diagnostic for a literal starting at byte `start` of the source.
    pub fn to_syntax_error(self, start: usize) -> SyntaxError {
        let span = Span::new(start + self.at, start + self.at + self.len);
        match self.problem {
            Problem::Invalid(kind) => {
                let (label, help) = if self.len == 0 {
                    (
                        "a digit is missing here",
                        "digits may be separated by single underscores, as in 1_000_000",
                    )
                } else {
                    (
                        "not allowed here",
                        "put a space or an operator between a number and a name; digits may be \
                         separated by single underscores, as in 1_000_000",
                    )
                };
                SyntaxError::new(
                    "weft::syntax::invalid_number",
                    format!("invalid {kind} literal"),
                    span,
                )
                .label(label)
                .help(help)
            }
            Problem::BadDigit(digit, kind) => SyntaxError::new(
                "weft::syntax::invalid_number",
                format!("invalid digit '{}' in {kind} literal", digit as char),
                span,
            )
            .label(format!(
                "'{}' is not {} {kind} digit",
                digit as char,
                if kind == "octal" { "an" } else { "a" }
            ))
            .help(if kind == "octal" {
                "octal literals (0o...) use only the digits 0-7"
            } else {
                "binary literals (0b...) use only the digits 0 and 1"
            }),
            Problem::Underscore => SyntaxError::new(
                "weft::syntax::invalid_number",
                "invalid decimal literal",
                span,
            )
            .label("an underscore must sit between two digits")
            .help("digits may be separated by single underscores, as in 1_000_000"),
            Problem::LeadingZeros => SyntaxError::new(
                "weft::syntax::leading_zeros",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix \
                 for octal integers",
                span,
            )
            .label("leading zero")
            .help("remove the leading zeros, or write an octal number as 0o123"),
        }
    }
}

/// Measures and validates the number literal at the start of `text`.
pub fn scan(text: &str) -> NumScan {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
    };
    let result = s.literal();
    NumScan { len: s.i, result }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }

    fn error(&self, problem: Problem, len: usize) -> NumError {
        NumError {
            problem,
            at: self.i,
            len,
        }
    }

    fn literal(&mut self) -> Result<NumKind, NumError> {
        if self.peek() == b'.' {
            self.i += 1;
            return self.after_dot();
        }
        if self.peek() == b'0' {
            self.i += 1;
            match self.peek() {
                b'x' | b'X' => return self.radix(16, "hexadecimal"),
                b'o' | b'O' => return self.radix(8, "octal"),
                b'b' | b'B' => return self.radix(2, "binary"),
                _ => return self.after_zero(),
            }
        }
        self.decimal_tail()?;
        self.after_integer_part()
    }

    /// `0x`, `0o`, `0b` literals; `self.i` is at the radix letter.
    fn radix(&mut self, radix: u32, kind: &'static str) -> Result<NumKind, NumError> {
        self.i += 1;
        loop {
            if self.peek() == b'_' {
                self.i += 1;
            }
            let c = self.peek();
            if !(c as char).is_digit(radix) {
                return Err(if c.is_ascii_digit() {
                    self.error(Problem::BadDigit(c, kind), 1)
                } else {
                    self.error(Problem::Invalid(kind), 0)
                });
            }
            while (self.peek() as char).is_digit(radix) {
                self.i += 1;
            }
            if self.peek() != b'_' {
                break;
            }
        }
        if self.peek().is_ascii_digit() {
            return Err(self.error(Problem::BadDigit(self.peek(), kind), 1));
        }
        self.end_of_number(kind)?;
        Ok(NumKind::Int(radix))
    }

    /// After a leading `0`: more zeros, a float, or (an error) a decimal with leading zeros.
    fn after_zero(&mut self) -> Result<NumKind, NumError> {
        loop {
            if self.peek() == b'_' {
                self.i += 1;
                if !self.peek().is_ascii_digit() {
                    self.i -= 1;
                    return Err(self.error(Problem::Underscore, 1));
                }
            }
            if self.peek() != b'0' {
                break;
            }
            self.i += 1;
        }
        let zeros_end = self.i;
        let nonzero = self.peek().is_ascii_digit();
        if nonzero {
            self.decimal_tail()?;
        }
        match self.peek() {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(),
            _ if nonzero => Err(NumError {
                problem: Problem::LeadingZeros,
                at: 0,
                len: zeros_end,
            }),
            _ => {
                self.end_of_number("decimal")?;
                Ok(NumKind::Int(10))
            }
        }
    }

    /// After the integer digits of a decimal: an optional fraction, exponent and `j`.
    fn after_integer_part(&mut self) -> Result<NumKind, NumError> {
        if self.peek() == b'.' {
            self.i += 1;
            return self.after_dot();
        }
        self.exponent_and_suffix(NumKind::Int(10))
    }

    fn after_dot(&mut self) -> Result<NumKind, NumError> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        self.exponent_and_suffix(NumKind::Float)
    }

    fn exponent_and_suffix(&mut self, mut kind: NumKind) -> Result<NumKind, NumError> {
        if matches!(self.peek(), b'e' | b'E') {
            let e_at = self.i;
            self.i += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.i += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.error(Problem::Invalid("decimal"), 0));
                }
            } else if !self.peek().is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.i = e_at;
                self.end_of_number("decimal")?;
                return Ok(kind);
            }
            self.decimal_tail()?;
            kind = NumKind::Float;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.i += 1;
            self.end_of_number("imaginary")?;
            return Ok(NumKind::Imaginary);
        }
        self.end_of_number("decimal")?;
        Ok(kind)
    }

    /// Digits with single underscores between them; `self.i` is at the first digit.
    fn decimal_tail(&mut self) -> Result<(), NumError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                self.i -= 1;
                return Err(self.error(Problem::Underscore, 1));
            }
        }
    }

    /// A number may not run into a name (`1abc`), except into the keywords that can follow a
    /// number in valid code (`1if x else 2`), which CPython 3.11 still accepts.
    fn end_of_number(&self, kind: &'static str) -> Result<(), NumError> {
        let rest = &self.b[self.i..];
        let keyword = [
            &b"and"[..],
            b"else",
            b"for",
            b"if",
            b"in",
            b"is",
            b"or",
            b"not",
        ]
        .iter()
        .any(|k| rest.starts_with(k));
        let c = self.peek();
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            let len = std::str::from_utf8(rest)
                .ok()
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            return Err(self.error(Problem::Invalid(kind), len));
        }
        Ok(())
    }
}

/// The token for a literal `scan` accepted; `start` is its byte offset (for the error that a
/// valid scan never produces, kept so no input can panic).
pub fn value(text: &str, kind: NumKind, start: usize) -> Result<Tok<'static>, SyntaxError> {
    let digits = match kind {
        NumKind::Int(10) => text,
        NumKind::Int(_) => &text[2..],
        NumKind::Float => text,
        NumKind::Imaginary => &text[..text.len() - 1],
    };
    let cleaned: std::borrow::Cow<str> = if digits.contains('_') {
        digits.replace('_', "").into()
    } else {
        digits.into()
    };
    let bad = || {
        SyntaxError::new(
            "weft::syntax::invalid_number",
            "invalid number literal",
            Span::new(start, start + text.len()),
        )
    };
    Ok(match kind {
        NumKind::Int(radix) => match i64::from_str_radix(&cleaned, radix) {
            Ok(small) => Tok::Int(Int::Small(small)),
            Err(_) => Tok::Int(Int::Big(
                BigInt::parse_bytes(cleaned.as_bytes(), radix).ok_or_else(bad)?,
            )),
        },
        NumKind::Float => Tok::Float(cleaned.parse().map_err(|_| bad())?),
        NumKind::Imaginary => Tok::Imaginary(cleaned.parse().map_err(|_| bad())?),
    })
}
