//! Soft keywords: decides whether a name `match` or `case` is a keyword, over the tokens of the
//! indentation layer. `match` is a keyword when it starts a logical line that ends with `:` and
//! is followed by something that can start an expression (`match x:`, but not `match = 3` or the
//! call `match(x)`); this needs the whole line, so such a line is buffered. `case` is a keyword when
//! it starts a line directly inside a match block (the first indented level after a `match ...:`
//! header). Everything else passes through untouched and unbuffered.

use std::collections::VecDeque;

use super::indent::Layout;
use super::Item;
use crate::token::Tok;

pub struct SoftKeywords<'s> {
    layout: Layout<'s>,
    /// The rest of a buffered line that starts with `match`.
    pending: VecDeque<Item<'s>>,
    at_line_start: bool,
    /// How many blocks are open (INDENTs minus DEDENTs given so far).
    depth: usize,
    /// Depths of the open match blocks, innermost last.
    match_blocks: Vec<usize>,
    /// The current line is a match statement's header.
    line_is_match: bool,
    /// The header line just ended: an INDENT now opens a match block.
    expect_match_block: bool,
}

impl<'s> SoftKeywords<'s> {
    pub fn new(layout: Layout<'s>, at_line_start: bool) -> SoftKeywords<'s> {
        SoftKeywords {
            layout,
            pending: VecDeque::new(),
            at_line_start,
            depth: 0,
            match_blocks: Vec::new(),
            line_is_match: false,
            expect_match_block: false,
        }
    }

    /// Buffers the rest of the line after a leading `match` and says whether it is a header.
    fn is_match_header(&mut self) -> bool {
        for item in self.layout.by_ref() {
            let line_ends = matches!(item, Err(_) | Ok((_, Tok::Newline, _)));
            self.pending.push_back(item);
            if line_ends {
                break;
            }
        }
        let starts_subject =
            matches!(self.pending.front(), Some(Ok((_, tok, _))) if starts_expression(tok));
        let n = self.pending.len();
        let ends_with_colon = n >= 2
            && matches!(self.pending[n - 1], Ok((_, Tok::Newline, _)))
            && matches!(self.pending[n - 2], Ok((_, Tok::Colon, _)));
        starts_subject && ends_with_colon
    }

    /// Follows the block structure of the tokens as they are given out.
    fn observe(&mut self, tok: &Tok) {
        match tok {
            Tok::Newline => {
                self.at_line_start = true;
                self.expect_match_block = self.line_is_match;
                self.line_is_match = false;
            }
            Tok::Indent => {
                self.depth += 1;
                if self.expect_match_block {
                    self.match_blocks.push(self.depth);
                }
                self.expect_match_block = false;
            }
            Tok::Dedent => {
                self.depth = self.depth.saturating_sub(1);
                while self.match_blocks.last().is_some_and(|&d| d > self.depth) {
                    self.match_blocks.pop();
                }
                self.expect_match_block = false;
            }
            _ => {
                self.line_is_match |= *tok == Tok::Match;
                self.at_line_start = false;
                self.expect_match_block = false;
            }
        }
    }
}

impl<'s> Iterator for SoftKeywords<'s> {
    type Item = Item<'s>;

    fn next(&mut self) -> Option<Item<'s>> {
        let mut item = match self.pending.pop_front() {
            Some(item) => item,
            None => self.layout.next()?,
        };
        if let Ok((_, tok, _)) = &mut item {
            if self.at_line_start {
                if *tok == Tok::Name("match") && self.pending.is_empty() && self.is_match_header() {
                    *tok = Tok::Match;
                } else if *tok == Tok::Name("case") && self.match_blocks.last() == Some(&self.depth)
                {
                    *tok = Tok::Case;
                }
            }
        }
        if let Ok((_, tok, _)) = &item {
            self.observe(tok);
        }
        Some(item)
    }
}

/// Tokens that can start a match subject (an expression, or `*x` in a tuple).
fn starts_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FString(_)
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}
