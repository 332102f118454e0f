//! Turns the generated parser's "unexpected token" errors into diagnostics a learner can act
//! on. lalrpop reports the offending token and the terminals it expected; with the token list
//! of the input around it, this module recognises the cases CPython 3.11 names (a missing
//! `:`, a missing indented block, a forgotten comma, `print x`...) and otherwise says "invalid
//! syntax" with the expected tokens as words. It runs only on the error path.

use lalrpop_util::ParseError;

use crate::diagnostics::{ErrorKind, SyntaxError};
use crate::span::{line_col, Span};
use crate::token::Tok;

use super::vocabulary::{
    compound_name, describe, ends_expression, ends_line, is_string, starts_expression,
};
use super::Token;

type Triple<'s> = (usize, Tok<'s>, usize);

/// Explains `error`; `tokens` is the whole input (mode marker first) as the lexer gave it,
/// inside `nesting` brackets (1 for an f-string field).
pub fn explain(
    source: &str,
    tokens: &[Triple<'_>],
    nesting: i64,
    error: ParseError<usize, Token<'_>, SyntaxError>,
) -> SyntaxError {
    let (index, span, expected) = match error {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location }
        | ParseError::ExtraToken {
            token: (location, _, _),
        } => return invalid_syntax(Span::empty(location), "this token is not valid here".into()),
        ParseError::UnrecognizedEof { location, expected } => {
            (tokens.len(), Span::empty(location), expected)
        }
        ParseError::UnrecognizedToken {
            token: (l, token, r),
            expected,
        } => (find(tokens, l, &token, r), Span::new(l, r), expected),
    };
    // At the end of input, point at the end of the last line, as CPython does (not past it).
    let span = if nesting == 0 && span.start >= source.len() {
        Span::empty(source.trim_end().len())
    } else {
        span
    };
    let failure = Failure {
        source,
        tokens,
        index,
        span,
        expected: &expected,
        nesting,
    };
    failure.explain()
}

/// The position of the failing token in `tokens` (or `tokens.len()` if it cannot be found).
fn find(tokens: &[Triple<'_>], start: usize, token: &Token<'_>, end: usize) -> usize {
    let lexed = match token {
        Token::Lexed(tok) => std::mem::discriminant(tok),
        Token::WithGroup => std::mem::discriminant(&Tok::LPar),
    };
    let first = tokens.partition_point(|t| t.0 < start);
    tokens[first..]
        .iter()
        .take_while(|t| t.0 == start)
        .position(|t| t.2 == end && std::mem::discriminant(&t.1) == lexed)
        .map_or(tokens.len(), |i| first + i)
}

fn invalid_syntax(span: Span, label: String) -> SyntaxError {
    SyntaxError::new("weft::syntax::invalid_syntax", "invalid syntax", span).label(label)
}

/// Where the parser stopped: `tokens[index]` is the token it could not take.
struct Failure<'a, 's> {
    source: &'a str,
    tokens: &'a [Triple<'s>],
    index: usize,
    span: Span,
    expected: &'a [String],
    /// Brackets open around the whole input (1 for an f-string field).
    nesting: i64,
}

impl Failure<'_, '_> {
    fn found(&self) -> Option<&Tok<'_>> {
        self.tokens.get(self.index).map(|t| &t.1)
    }

    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    /// The index of the first token of the logical line holding `tokens[index]`.
    fn line_start(&self, index: usize) -> usize {
        let mut i = index.min(self.tokens.len());
        while i > 0 && !ends_line(&self.tokens[i - 1].1) {
            i -= 1;
        }
        i
    }

    /// The keyword opening the compound statement whose line starts at `start`
    /// (`async def` counts as `def`).
    fn header_keyword(&self, start: usize) -> Option<(usize, &Tok<'_>)> {
        let (i, first) = self.tokens.get(start).map(|t| (start, &t.1))?;
        if matches!(first, Tok::Async) {
            return self.tokens.get(start + 1).map(|t| (start + 1, &t.1));
        }
        Some((i, first))
    }

    fn explain(&self) -> SyntaxError {
        let found = self.found();
        if matches!(found, Some(Tok::Indent)) {
            return SyntaxError::new("weft::syntax::unexpected_indent", "unexpected indent", self.span)
                .kind(ErrorKind::Indentation)
                .label("this line is indented more than the block it belongs to")
                .help("line it up with the statements before it; only the line after a `:` starts a deeper block");
        }
        if self.expects("Indent") {
            return self.expected_block();
        }
        if self.expects("\"except\"") && self.expects("\"finally\"") && !self.expects("\"else\"") {
            return SyntaxError::new(
                "weft::syntax::missing_except",
                "expected 'except' or 'finally' block",
                self.span,
            )
            .label("the `try` block ends here without `except` or `finally`")
            .help("add `except SomeError:` to handle an error, or `finally:` for clean-up code");
        }
        let start = self.line_start(self.index);
        let header = self.header_keyword(start).map(|(_, tok)| tok);
        let at_line_end = matches!(found, None | Some(Tok::Newline));
        if self.expects("\":\"")
            && at_line_end
            && header.is_some_and(|t| compound_name(t).is_some())
        {
            let at = self
                .tokens
                .get(self.index.wrapping_sub(1))
                .map_or(self.span.start, |t| t.2);
            return SyntaxError::new(
                "weft::syntax::expected_colon",
                "expected ':'",
                Span::empty(at),
            )
            .label("a `:` must end this line")
            .help("a statement that opens a block ends its first line with `:`");
        }
        if self.expected.len() == 1 && self.expects("\"else\"") {
            return SyntaxError::new(
                "weft::syntax::expected_else",
                "expected 'else' after 'if' expression",
                self.span,
            )
            .label("expected `else` here")
            .help("a conditional expression needs both branches: `a if condition else b`");
        }
        if let Some(error) = self.print_statement(start) {
            return error;
        }
        if matches!(found, Some(Tok::Equal))
            && matches!(header, Some(Tok::If | Tok::Elif | Tok::While))
        {
            let last = self.tokens[self.index..]
                .iter()
                .take_while(|t| !matches!(t.1, Tok::Colon | Tok::Newline))
                .last()
                .map_or(self.span.end, |t| t.2);
            let first = self.tokens.get(start + 1).map_or(self.span.start, |t| t.0);
            return SyntaxError::new(
                "weft::syntax::assignment_in_condition",
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(first, last),
            )
            .label("`=` assigns; it cannot stand in a condition")
            .help("write `==` to compare, or `:=` to assign and test the value");
        }
        if let Some(error) = self.missing_comma(start) {
            return error;
        }
        if let Some(error) = self.clause_mistake(start, header) {
            return error;
        }
        if let Some(error) = self.unclosed_bracket() {
            return error;
        }
        self.invalid_syntax(start)
    }

    /// Mistakes CPython names inside one kind of statement or display.
    fn clause_mistake(&self, start: usize, header: Option<&Tok<'_>>) -> Option<SyntaxError> {
        let found = self.found();
        let prev = self
            .index
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map(|t| &t.1);
        if matches!(prev, Some(Tok::Colon))
            && matches!(found, Some(Tok::Star))
            && self
                .innermost_open(self.index)
                .is_some_and(|i| self.tokens[i].1 == Tok::LBrace)
        {
            return Some(
                SyntaxError::new(
                    "weft::syntax::starred_dict_value",
                    "cannot use a starred expression in a dictionary value",
                    self.span,
                )
                .label("`*` cannot unpack into one value")
                .help("to merge dictionaries use `{**a, **b}`; to store a sequence, drop the `*`"),
            );
        }
        if matches!(header, Some(Tok::Except)) && matches!(found, Some(Tok::Comma)) {
            return Some(
                SyntaxError::new(
                    "weft::syntax::unparenthesized_exceptions",
                    "multiple exception types must be parenthesized",
                    self.span,
                )
                .label("a comma cannot separate exception types here")
                .help("catch several types with a tuple: `except (TypeError, ValueError):`"),
            );
        }
        if matches!(header, Some(Tok::From))
            && matches!(prev, Some(Tok::Comma))
            && matches!(found, None | Some(Tok::Newline))
            && !self.tokens[start..self.index]
                .iter()
                .any(|t| t.1 == Tok::LPar)
        {
            let comma = self.tokens[self.index - 1].0;
            return Some(
                SyntaxError::new(
                    "weft::syntax::import_trailing_comma",
                    "trailing comma not allowed without surrounding parentheses",
                    Span::new(comma, comma + 1),
                )
                .label("nothing follows this comma")
                .help("drop the comma, or put the imported names in parentheses"),
            );
        }
        if matches!(prev, Some(Tok::Colon))
            && matches!(found, Some(Tok::RBrace | Tok::Comma))
            && self
                .innermost_open(self.index)
                .is_some_and(|i| self.tokens[i].1 == Tok::LBrace)
        {
            return Some(
                SyntaxError::new(
                    "weft::syntax::dict_missing_value",
                    "expression expected after dictionary key and ':'",
                    self.span,
                )
                .label("the value is missing here")
                .help("write a value after the `:`, as in `{\"key\": value}`"),
            );
        }
        if self.expected.len() == 1 && self.expects("\"(\"") && matches!(header, Some(Tok::Def)) {
            return Some(
                SyntaxError::new("weft::syntax::expected_paren", "expected '('", self.span)
                    .label("the parameter list must start here")
                    .help("a function definition needs parentheses, even empty ones: `def f():`"),
            );
        }
        None
    }

    /// The index of the innermost bracket still open before `tokens[index]`, on any line.
    fn innermost_open(&self, index: usize) -> Option<usize> {
        let mut open = Vec::new();
        for (i, t) in self.tokens[..index.min(self.tokens.len())]
            .iter()
            .enumerate()
        {
            match t.1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => open.push(i),
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.pop()
    }

    /// A bracket opened on an earlier line and never closed: the real mistake is there,
    /// not where the parser gave up (CPython reports the bracket too).
    fn unclosed_bracket(&self) -> Option<SyntaxError> {
        let open = self.innermost_open(self.index)?;
        let (l, tok, r) = &self.tokens[open];
        let (open_line, _) = line_col(self.source, *l);
        let (error_line, _) = line_col(self.source, self.span.start);
        if open_line == error_line {
            return None;
        }
        let (opener, closer) = match tok {
            Tok::LPar => ('(', ')'),
            Tok::LSqb => ('[', ']'),
            _ => ('{', '}'),
        };
        Some(
            SyntaxError::new(
                "weft::syntax::unclosed_bracket",
                format!("'{opener}' was never closed"),
                Span::new(*l, *r),
            )
            .label("this bracket is never closed")
            .related(
                self.span,
                "the parser gave up here, still inside the bracket",
            )
            .help(format!("add the matching '{closer}'")),
        )
    }

    /// `if x:` followed by a line that is not indented.
    fn expected_block(&self) -> SyntaxError {
        // tokens[index - 1] is the NEWLINE after `:`; the header line ends before it.
        let start = self.line_start(self.index.saturating_sub(1));
        let Some((at, keyword)) = self.header_keyword(start) else {
            return invalid_syntax(self.span, "expected an indented block".into());
        };
        let star = matches!(keyword, Tok::Except)
            && matches!(self.tokens.get(at + 1), Some((_, Tok::Star, _)));
        let what = if star {
            "'except*' statement"
        } else {
            compound_name(keyword).unwrap_or("statement")
        };
        let keyword_span = Span::new(self.tokens[at].0, self.tokens[at].2);
        let (line, _) = line_col(self.source, keyword_span.start);
        SyntaxError::new(
            "weft::syntax::expected_indented_block",
            format!("expected an indented block after {what} on line {line}"),
            self.span,
        )
        .kind(ErrorKind::Indentation)
        .label("expected an indented line here")
        .related(keyword_span, "this line ends with `:`, so a block must follow")
        .help("indent the block's statements (4 spaces is usual); write `pass` for a block that does nothing")
    }

    /// `print "x"` and `exec code`: Python 2 statements.
    fn print_statement(&self, start: usize) -> Option<SyntaxError> {
        let Tok::Name(name @ ("print" | "exec")) = self.tokens.get(start)?.1 else {
            return None;
        };
        if self.index != start + 1 || !self.found().is_some_and(starts_expression) {
            return None;
        }
        let end = self.tokens[self.index..]
            .iter()
            .take_while(|t| !ends_line(&t.1))
            .last()
            .map_or(self.span.end, |t| t.2);
        Some(
            SyntaxError::new(
                "weft::syntax::print_statement",
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                Span::new(self.tokens[start].0, end),
            )
            .label(format!("`{name}` is a function: call it with parentheses"))
            .help(format!("write `{name}(...)` around the arguments")),
        )
    }

    /// Two expressions side by side inside brackets: `[a b]`, `f(x y)`.
    fn missing_comma(&self, start: usize) -> Option<SyntaxError> {
        let found = self.found()?;
        let prev = &self.tokens.get(self.index.checked_sub(1)?)?.1;
        if self.index <= start || !starts_expression(found) || !ends_expression(prev) {
            return None;
        }
        let depth = self.tokens[start..self.index]
            .iter()
            .fold(0i64, |d, t| match t.1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => d + 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => d - 1,
                _ => d,
            });
        if depth + self.nesting <= 0 || (matches!(prev, Tok::Name(_)) && is_string(found)) {
            return None;
        }
        let left = self.primary_start(self.index - 1, start);
        Some(
            SyntaxError::new(
                "weft::syntax::missing_comma",
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(self.tokens[left].0, self.span.end),
            )
            .label("these two items have nothing between them")
            .help("separate the items with a comma: `a, b`"),
        )
    }

    /// The first token of the primary expression (`a.b(c)[d]`) ending at `tokens[last]`.
    fn primary_start(&self, last: usize, floor: usize) -> usize {
        let mut i = last;
        loop {
            if matches!(self.tokens[i].1, Tok::RPar | Tok::RSqb | Tok::RBrace) {
                i = self.opener(i, floor);
            }
            match i
                .checked_sub(1)
                .filter(|&p| p >= floor)
                .map(|p| &self.tokens[p].1)
            {
                Some(Tok::Dot) if i >= floor + 2 => i -= 2,
                Some(Tok::Name(_) | Tok::RPar | Tok::RSqb)
                    if matches!(self.tokens[i].1, Tok::LPar | Tok::LSqb) =>
                {
                    i -= 1
                }
                _ => return i,
            }
        }
    }

    /// The index of the opener matching the closer at `close` (or `floor`).
    fn opener(&self, close: usize, floor: usize) -> usize {
        let mut depth = 0usize;
        for i in (floor..=close).rev() {
            match self.tokens[i].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                _ => {}
            }
        }
        floor
    }

    fn invalid_syntax(&self, start: usize) -> SyntaxError {
        let found = self
            .found()
            .map_or("end of input".to_string(), |t| t.to_string());
        let mut error = invalid_syntax(self.span, format!("unexpected {found}"));
        let expected = describe(self.expected);
        if !expected.is_empty() {
            error = error.label(format!("expected {expected}, found {found}"));
        }
        if self.index == start {
            if let Some(Tok::Else | Tok::Elif | Tok::Except | Tok::Finally) = self.found() {
                error = error.help(
                    "this clause must continue an `if`, `for`, `while` or `try` statement at the same indentation",
                );
            }
        }
        error
    }
}
