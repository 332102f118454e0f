//! The tokens the parser sees: what `lexer` produces after the indentation layer has added
//! NEWLINE / INDENT / DEDENT and decided the soft keywords `match` and `case`.
//! `Display` prints each token as words ("end of block", "'('"), so parse errors read well.

use std::fmt;

use crate::ast::Int;

/// One token. Borrowed text points into the source; literal values are already decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'s> {
    // --- start markers: which kind of input the parser reads (one grammar, several entries) ---
    StartModule,
    StartInteractive,
    StartExpression,

    // --- layout ---
    Newline,
    Indent,
    Dedent,

    // --- names and literals ---
    Name(&'s str),
    Int(Int),
    Float(f64),
    /// `3j`, `1.5J`: the imaginary part.
    Imaginary(f64),
    /// A `str` literal, escapes decoded (or raw).
    Str(String),
    /// A `bytes` literal, escapes decoded (or raw).
    Bytes(Vec<u8>),
    /// An f-string, undecoded: the parser splits it into literal parts and `{...}` fields.
    FString(FStringTok<'s>),

    // --- keywords ---
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// `match` where it starts a match statement (a soft keyword: a name everywhere else).
    Match,
    /// `case` where it starts a case clause inside a match statement.
    Case,

    // --- operators and delimiters ---
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Rarrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
}

/// An f-string literal as written: `content` is the text between the quotes, starting at byte
/// `content_start` of the source, so fields parsed from it keep spans into the real file.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringTok<'s> {
    pub content: &'s str,
    pub content_start: usize,
    /// `rf"..."`: backslashes in the literal parts are kept as written.
    pub raw: bool,
}

impl Tok<'_> {
    /// The keyword for a name, if it is one (`match` and `case` are soft: never here).
    pub fn keyword(word: &str) -> Option<Tok<'static>> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// The source text of fixed tokens (keywords, operators); `None` for the others.
    pub fn fixed_text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Match => "match",
            Case => "case",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LeftShift => "<<",
            RightShift => ">>",
            Amper => "&",
            VBar => "|",
            Circumflex => "^",
            Tilde => "~",
            ColonEqual => ":=",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            LPar => "(",
            RPar => ")",
            LSqb => "[",
            RSqb => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Semi => ";",
            Equal => "=",
            Rarrow => "->",
            Ellipsis => "...",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            _ => return Option::None,
        })
    }
}

/// Tokens as words, for error messages: "expected an expression, found end of block".
impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::StartModule | Tok::StartInteractive | Tok::StartExpression => {
                write!(f, "start of input")
            }
            Tok::Newline => write!(f, "end of line"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "end of block"),
            Tok::Name(name) => write!(f, "name '{name}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) => write!(f, "number"),
            Tok::Str(_) => write!(f, "string"),
            Tok::Bytes(_) => write!(f, "bytes literal"),
            Tok::FString(_) => write!(f, "f-string"),
            other => match other.fixed_text() {
                Some(text) if text.chars().all(|c| c.is_ascii_alphabetic()) => {
                    write!(f, "keyword '{text}'")
                }
                Some(text) => write!(f, "'{text}'"),
                Option::None => write!(f, "{other:?}"),
            },
        }
    }
}
