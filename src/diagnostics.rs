//! Errors for people. Every lexical, syntax and compile-time check error is a `SyntaxError`
//! value: a stable code, a message, a labelled span, optional secondary labels and help.
//! The source text is attached only when reporting (`Report`), never stored in the error.

use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

use crate::span::{line_col, Span};

/// Which Python exception class the error corresponds to (shown in the headline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// Nesting too deep to compile (CPython: "maximum recursion depth exceeded during compilation").
    Recursion,
}

impl ErrorKind {
    pub fn python_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
            ErrorKind::Recursion => "RecursionError",
        }
    }
}

/// An error found before running: by the lexer, the parser or the compile-time checks.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    /// Namespaced and stable, e.g. `weft::syntax::await_outside_async`.
    pub code: &'static str,
    pub message: String,
    pub span: Span,
    /// Text on the primary span; empty means "here".
    pub label: String,
    /// Secondary labels: the unclosed bracket's opener, the enclosing non-async `def`...
    pub related: Vec<(Span, String)>,
    pub help: Option<String>,
}

impl SyntaxError {
    pub fn new(code: &'static str, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::Syntax,
            code,
            message: message.into(),
            span,
            label: String::new(),
            related: Vec::new(),
            help: None,
        }
    }

    pub fn kind(mut self, kind: ErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    pub fn related(mut self, span: Span, label: impl Into<String>) -> SyntaxError {
        self.related.push((span, label.into()));
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// Moves every span right by `offset` (errors inside an f-string field parsed on its own).
    pub fn shifted(mut self, offset: usize) -> SyntaxError {
        self.span = self.span.shifted(offset);
        for (span, _) in &mut self.related {
            *span = span.shifted(offset);
        }
        self
    }

    /// The one-line form Python prints last: `SyntaxError: invalid syntax (x.py, line 3)`.
    pub fn python_line(&self, file: &str, source: &str) -> String {
        let (line, _) = line_col(source, self.span.start);
        format!(
            "{}: {} ({file}, line {line})",
            self.kind.python_name(),
            self.message
        )
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.python_name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// A `SyntaxError` together with the source it points into, ready for miette to render.
#[derive(Debug)]
pub struct Report<'e> {
    error: &'e SyntaxError,
    source: NamedSource<String>,
}

impl<'e> Report<'e> {
    pub fn new(error: &'e SyntaxError, file: &str, source: &str) -> Report<'e> {
        Report {
            error,
            source: NamedSource::new(file, source.to_string()),
        }
    }

    /// Renders the diagnostic; `color` selects the coloured theme over plain text.
    pub fn render(&self, color: bool) -> String {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut out = String::new();
        GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .render_report(&mut out, self)
            .expect("writing to a String cannot fail");
        out
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.error, f)
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.error.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.error
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(
            (!self.error.label.is_empty()).then(|| self.error.label.clone()),
            self.error.span,
        );
        let related = self
            .error
            .related
            .iter()
            .map(|(span, text)| LabeledSpan::new_with_span(Some(text.clone()), *span));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}
