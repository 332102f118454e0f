//! The raw tokens: what logos finds in the source before any layout is decided. Takes the source
//! text; gives a flat stream of `RawTok`s with byte spans, physical newlines and comments
//! included, whitespace skipped. Literals are only measured here (their callbacks find
//! where they end and what shape they have); the indentation layer turns them into values. Every
//! byte of the source belongs to exactly one raw token, one skipped run, or one logos error.

use logos::{Lexer, Logos};

use super::numbers::{self, NumScan};
use super::strings::{self, StrScan};

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0C]+")]
pub enum RawTok {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// A comment, to the end of the line (kept only to refuse it in f-string fields).
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    /// A backslash and a line break: the lines are joined.
    #[regex(r"\\(\r\n|\r|\n)")]
    LineJoin,
    /// A backslash not followed by a line break.
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", ascii_name)]
    Name,
    /// A non-ASCII character where a token starts: the start of a name when `true`, else a stray
    /// character.
    #[regex(r"[^\x00-\x7F]", non_ascii_name)]
    NonAscii(bool),
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumScan),
    #[regex(r#"(?i:[rubf]|br|rb|fr|rf)?["']"#, string)]
    String(StrScan),

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// `<>`: Python 2's inequality, an error in Python 3.
    #[token("<>")]
    LessGreater,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Extends an ASCII name over any following identifier characters, ASCII or not (`café`).
fn ascii_name(lex: &mut Lexer<RawTok>) {
    let len = ident_tail_len(lex.remainder());
    lex.bump(len);
}

/// A non-ASCII character that can start a name starts one; anything else is stray.
fn non_ascii_name(lex: &mut Lexer<RawTok>) -> bool {
    let starts_name = lex
        .slice()
        .chars()
        .next()
        .is_some_and(unicode_ident::is_xid_start);
    if starts_name {
        let len = ident_tail_len(lex.remainder());
        lex.bump(len);
    }
    starts_name
}

/// The byte length of the identifier characters (XID_Continue) at the start of `text`.
fn ident_tail_len(text: &str) -> usize {
    text.char_indices()
        .find(|&(_, c)| !(c == '_' || unicode_ident::is_xid_continue(c)))
        .map_or(text.len(), |(i, _)| i)
}

fn number(lex: &mut Lexer<RawTok>) -> NumScan {
    let start = lex.span().start;
    let scan = numbers::scan(&lex.source()[start..]);
    lex.bump(start + scan.len - lex.span().end);
    scan
}

fn string(lex: &mut Lexer<RawTok>) -> StrScan {
    let scan = strings::scan(lex.slice(), lex.remainder());
    lex.bump(scan.rest_len);
    scan
}
