//! `try` ... `except*`: each clause takes the part of the exception (group) its type(s)
//! match and runs once with it; what clauses raise and the part nobody matched are raised
//! together at the end, as CPython 3.11 compiles it (CHECK_EG_MATCH, PREP_RERAISE_STAR).
//!
//! The handler keeps four items while it dispatches:
//!
//! ```text
//!   [prev, orig, raised, rest]   prev:   the exception handled before (restored at the end)
//!                                orig:   the exception caught, to rebuild its structure
//!                                raised: a list of what the clauses raised (or re-raised)
//!                                rest:   what no clause has matched yet (None when all did)
//! ```

use super::{Compiler, FBlockKind, NameOp, Result};
use crate::ast::{self, Stmt};
use crate::bytecode::Instr;

impl<'a> Compiler<'a> {
    pub(super) fn try_except_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result {
        let (handler, end) = self.try_body(body, orelse)?;

        // [exc] -> [prev, orig, [], rest=exc]; an error while dispatching (a bad type in a
        // clause) leaves [prev, exc2] at `cleanup`.
        self.bind(handler);
        let (cleanup, nothing_left) = (self.new_label(), self.new_label());
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptDispatch, Some(cleanup));
        self.emit(Instr::Dup);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap);
        for h in handlers {
            self.star_clause(h, cleanup)?;
        }
        // [prev, orig, raised, rest] -> [prev, orig, raised + [rest]] -> [prev, exc?]
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar(nothing_left));
        self.pop_fblock();
        self.restore_and_reraise();
        self.bind(nothing_left);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.restore_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// One `except* T as name:` clause, entered and left with [prev, orig, raised, rest]
    /// (the `ExceptDispatch` block open around it).
    fn star_clause(&mut self, h: &'a ast::ExceptHandler, cleanup: super::Label) -> Result {
        let next = self.new_label();
        self.with_span(h.span, |c| {
            if let Some(t) = &h.typ {
                c.expr(t)?;
            }
            c.emit(Instr::CheckEgMatch(next));
            // [.., rest', match]
            match &h.name {
                Some(name) => c.name_op(&name.name, NameOp::Store),
                None => c.emit(Instr::Pop),
            }
            Ok(())
        })?;
        let name = h.name.as_ref().map(|n| n.name.clone());
        let raised_here = self.new_label();
        self.pop_fblock();
        self.push_fblock(FBlockKind::StarHandler(name.clone()), Some(raised_here));
        self.stmts(&h.body)?;
        self.pop_fblock();
        self.push_fblock(FBlockKind::ExceptDispatch, Some(cleanup));
        if let Some(n) = &name {
            self.clear_name(n);
        }
        self.emit(Instr::Jump(next));
        // The body raised: [.., rest', exc2] -> exc2 joins the raised list.
        self.bind(raised_here);
        if let Some(n) = &name {
            self.clear_name(n);
        }
        self.emit(Instr::ListAppend(2));
        self.bind(next);
        Ok(())
    }
}
