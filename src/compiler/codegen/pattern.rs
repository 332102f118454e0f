//! `match` statements. The subject stays on the stack while cases are tried; each case
//! matches a copy. A pattern consumes the value on top of the stack: on success it falls
//! through (captures stored as they match), on failure it jumps to its `fail` label with the
//! value consumed too, so every nesting level pops what it pushed before jumping on.

use super::{Compiler, NameOp, Result};
use crate::ast::{self, Constant, Pattern, PatternKind};
use crate::bytecode::{CmpOp, Const, Instr, Label};

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a ast::Expr,
        cases: &'a [ast::MatchCase],
    ) -> Result {
        let end = self.new_label();
        self.expr(subject)?;
        for case in cases {
            let next = self.new_label();
            self.with_span(case.pattern.span, |c| {
                c.emit(Instr::Dup);
                c.pattern(&case.pattern, next)
            })?;
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, next)?;
            }
            self.emit(Instr::Pop);
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end));
            self.bind(next);
        }
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// Emits `count` pops then a jump to `fail`, at a fresh label (jumped around).
    fn cleanup(&mut self, count: usize, fail: Label) -> Label {
        let (here, after) = (self.new_label(), self.new_label());
        self.emit(Instr::Jump(after));
        self.bind(here);
        for _ in 0..count {
            self.emit(Instr::Pop);
        }
        self.emit(Instr::Jump(fail));
        self.bind(after);
        here
    }

    fn pattern(&mut self, p: &'a Pattern, fail: Label) -> Result {
        self.with_span(p.span, |c| c.pattern_inner(p, fail))
    }

    fn pattern_inner(&mut self, p: &'a Pattern, fail: Label) -> Result {
        match &p.kind {
            PatternKind::MatchValue(e) => {
                self.expr(e)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.emit(Instr::PopJumpIfFalse(fail));
            }
            PatternKind::MatchSingleton(k) => {
                self.load_const(match k {
                    Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                });
                self.emit(Instr::Is(false));
                self.emit(Instr::PopJumpIfFalse(fail));
            }
            PatternKind::MatchAs { pattern, name } => match (pattern, name) {
                (None, None) => self.emit(Instr::Pop),
                (None, Some(n)) => self.name_op(&n.name, NameOp::Store),
                (Some(inner), name) => {
                    let pop1 = self.cleanup(1, fail);
                    self.emit(Instr::Dup);
                    self.pattern(inner, pop1)?;
                    match name {
                        Some(n) => self.name_op(&n.name, NameOp::Store),
                        None => self.emit(Instr::Pop),
                    }
                }
            },
            PatternKind::MatchOr(alternatives) => {
                let matched = self.new_label();
                let pop1 = self.cleanup(1, fail);
                for alt in alternatives {
                    let next = self.new_label();
                    self.emit(Instr::Dup);
                    self.pattern(alt, next)?;
                    self.emit(Instr::Jump(matched));
                    self.bind(next);
                }
                self.emit(Instr::Jump(pop1));
                self.bind(matched);
                self.emit(Instr::Pop);
            }
            PatternKind::MatchSequence(items) => {
                let pop1 = self.cleanup(1, fail);
                self.emit(Instr::MatchSequence);
                self.emit(Instr::PopJumpIfFalse(pop1));
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, PatternKind::MatchStar(_)));
                let fixed = items.len() - star.is_some() as usize;
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(fixed as i64));
                self.emit(Instr::Compare(if star.is_some() {
                    CmpOp::Ge
                } else {
                    CmpOp::Eq
                }));
                self.emit(Instr::PopJumpIfFalse(pop1));
                match star {
                    Some(i) => self.emit(Instr::UnpackEx {
                        before: i as u32,
                        after: (items.len() - i - 1) as u32,
                    }),
                    None => self.emit(Instr::UnpackSequence(items.len() as u32)),
                }
                self.sub_patterns(items, 0, fail)?;
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.name_op(&n.name, NameOp::Store),
                None => self.emit(Instr::Pop),
            },
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let pop1 = self.cleanup(1, fail);
                self.emit(Instr::MatchMapping);
                self.emit(Instr::PopJumpIfFalse(pop1));
                for k in keys {
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(keys.len() as u32));
                self.emit(Instr::MatchKeys);
                let pop3 = self.cleanup(3, fail);
                self.emit(Instr::Dup);
                self.load_const(Const::None);
                self.emit(Instr::Is(false));
                self.emit(Instr::PopJumpIfTrue(pop3));
                self.emit(Instr::UnpackSequence(patterns.len() as u32));
                self.sub_patterns(patterns, 2, fail)?;
                match rest {
                    Some(name) => {
                        self.emit(Instr::CopyDictWithout);
                        self.name_op(&name.name, NameOp::Store);
                    }
                    None => {
                        self.emit(Instr::Pop);
                        self.emit(Instr::Pop);
                    }
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names = Const::Tuple(
                    kwd_attrs
                        .iter()
                        .map(|a| Const::Str(a.name.as_str().into()))
                        .collect(),
                );
                let names = self.add_const(names);
                self.emit(Instr::MatchClass {
                    positional: patterns.len() as u32,
                    names,
                });
                let pop1 = self.cleanup(1, fail);
                self.emit(Instr::Dup);
                self.load_const(Const::None);
                self.emit(Instr::Is(false));
                self.emit(Instr::PopJumpIfTrue(pop1));
                let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.emit(Instr::UnpackSequence(all.len() as u32));
                for (i, sub) in all.iter().enumerate() {
                    let left = all.len() - i - 1;
                    let target = if left == 0 {
                        fail
                    } else {
                        self.cleanup(left, fail)
                    };
                    self.pattern(sub, target)?;
                }
            }
        }
        Ok(())
    }

    /// Sub-patterns of unpacked items (first on top), with `under` more values below them
    /// that a failure must pop too.
    fn sub_patterns(&mut self, items: &'a [Pattern], under: usize, fail: Label) -> Result {
        for (i, sub) in items.iter().enumerate() {
            let left = items.len() - i - 1 + under;
            let target = if left == 0 {
                fail
            } else {
                self.cleanup(left, fail)
            };
            self.pattern(sub, target)?;
        }
        Ok(())
    }
}
