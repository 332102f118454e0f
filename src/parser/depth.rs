//! A bound on how deep the tree of a token stream can nest, checked before parsing.
//!
//! The generated parser keeps its own stack, but the tree it builds is dropped (and walked by
//! later passes) recursively: `1 + 1 + ...` with 100 000 terms, or 100 000 unary minuses,
//! would overflow the Rust stack. CPython refuses such input too ("maximum recursion depth
//! exceeded during compilation", at about 3000 levels). One linear pass over the tokens
//! bounds the depth from above: every token that can open a new level inside an expression
//! (an operator, `.`, `lambda`, `await`, `not`, `if`/`else`, `for`...) adds one, a comma
//! starts a sibling, and a bracket group adds one plus its deepest item; `elif` chains and
//! blocks add their levels. Input over the bound is refused before any tree exists.

use crate::diagnostics::{ErrorKind, SyntaxError};
use crate::span::Span;
use crate::token::Tok;

use super::Token;

/// How deep a tree may nest; CPython stops at about 3000 levels. Every recursive pass over a
/// tree that passed this bound stays within a bounded Rust stack.
pub const MAX_DEPTH: usize = 3000;

/// The depth counted so far inside one bracket level: the current item, the deepest item.
#[derive(Clone, Copy, Default)]
struct Level {
    current: usize,
    deepest: usize,
}

impl Level {
    fn depth(self) -> usize {
        self.current.max(self.deepest)
    }
}

/// Fails with a `RecursionError` where the bound first passes `MAX_DEPTH`.
pub fn check(tokens: &[(usize, Token<'_>, usize)]) -> Result<(), SyntaxError> {
    // Per indentation level: 1 for the block, plus the `elif`s of the current `if` chain.
    let mut blocks: Vec<usize> = vec![1];
    let mut block_depth = 1usize;
    let mut brackets: Vec<Level> = Vec::new();
    let mut open = 0usize; // the levels of the enclosing brackets, summed
    let mut line = Level::default();
    let mut line_start = true;
    for (start, token, end) in tokens {
        let tok = match token {
            Token::Lexed(tok) => tok,
            Token::WithGroup => &Tok::LPar,
        };
        match tok {
            Tok::Newline => {
                line = Level::default();
                brackets.clear();
                open = 0;
                line_start = true;
                continue;
            }
            Tok::Indent => {
                blocks.push(1);
                block_depth += 1;
            }
            Tok::Dedent if blocks.len() > 1 => {
                block_depth -= blocks.pop().unwrap_or(0);
            }
            Tok::If if line_start => {
                if let Some(last) = blocks.last_mut() {
                    block_depth -= *last - 1;
                    *last = 1;
                }
            }
            Tok::Elif => {
                if let Some(last) = blocks.last_mut() {
                    *last += 1;
                    block_depth += 1;
                }
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                open += line.current + 1;
                brackets.push(std::mem::take(&mut line));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let inner = line.depth();
                line = brackets.pop().unwrap_or_default();
                open = open.saturating_sub(line.current + 1);
                line.current += inner + 1;
            }
            Tok::Comma | Tok::Semi => {
                line.deepest = line.depth();
                line.current = 0;
            }
            tok if nests(tok) => line.current += 1,
            _ => {}
        }
        line_start = matches!(
            tok,
            Tok::Indent | Tok::Dedent | Tok::StartModule | Tok::StartInteractive
        );
        if block_depth + open + line.depth() > MAX_DEPTH {
            return Err(too_deep(Span::new(*start, *end)));
        }
    }
    Ok(())
}

/// Tokens after which the tree can go one level deeper.
fn nests(tok: &Tok<'_>) -> bool {
    use Tok::*;
    matches!(
        tok,
        Plus | Minus
            | Star
            | DoubleStar
            | Slash
            | DoubleSlash
            | Percent
            | At
            | LeftShift
            | RightShift
            | Amper
            | VBar
            | Circumflex
            | Tilde
            | Not
            | Await
            | Lambda
            | If
            | Else
            | For
            | Dot
            | ColonEqual
            | Equal
            | Yield
            | Less
            | Greater
            | LessEqual
            | GreaterEqual
            | EqEqual
            | NotEqual
            | In
            | Is
            | And
            | Or
            | As
            | Colon
            | FString(_)
    )
}

fn too_deep(span: Span) -> SyntaxError {
    SyntaxError::new(
        "weft::syntax::too_deeply_nested",
        "maximum recursion depth exceeded during compilation",
        span,
    )
    .kind(ErrorKind::Recursion)
    .label(format!("the code nests more than {MAX_DEPTH} levels deep here"))
    .help("split the expression: compute parts into variables first, or build long sums with a loop or `sum()`")
}
