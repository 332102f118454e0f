//! The disassembler behind `weft --dis`: a readable listing of a code object and every code
//! object nested in it. A teaching view and the compiler's snapshot oracle, so the format is
//! stable: the source line once per run of instructions from it, then one instruction a line
//! (`offset  Name  operand  (meaning)`), jumps as `offset -> target`, then the exception table.

use std::fmt::Write;

use super::{CodeObject, Const, Conversion, Instr};
use crate::span::LineIndex;

/// The operand of an instruction, by shape: each shape has one printer.
enum Operand {
    None,
    Const(u32),
    Name(u32),
    Local(u32),
    Cell(u32),
    Jump(u32),
    Count(u32),
    Word(&'static str),
    Text(String),
    /// A code constant and the extras `MakeFunction` takes.
    Function(u32, String),
}

fn split(instr: &Instr) -> (&'static str, Operand) {
    use Instr::*;
    use Operand as O;
    match *instr {
        Nop => ("Nop", O::None),
        Pop => ("Pop", O::None),
        Dup => ("Dup", O::None),
        DupTwo => ("DupTwo", O::None),
        Swap => ("Swap", O::None),
        Rot3 => ("Rot3", O::None),
        Rot4 => ("Rot4", O::None),
        LoadConst(c) => ("LoadConst", O::Const(c.0)),
        LoadFast(l) => ("LoadFast", O::Local(l.0)),
        StoreFast(l) => ("StoreFast", O::Local(l.0)),
        DeleteFast(l) => ("DeleteFast", O::Local(l.0)),
        LoadDeref(c) => ("LoadDeref", O::Cell(c.0)),
        StoreDeref(c) => ("StoreDeref", O::Cell(c.0)),
        DeleteDeref(c) => ("DeleteDeref", O::Cell(c.0)),
        LoadClassDeref(_, c) => ("LoadClassDeref", O::Cell(c.0)),
        LoadGlobal(n) => ("LoadGlobal", O::Name(n.0)),
        StoreGlobal(n) => ("StoreGlobal", O::Name(n.0)),
        DeleteGlobal(n) => ("DeleteGlobal", O::Name(n.0)),
        LoadName(n) => ("LoadName", O::Name(n.0)),
        StoreName(n) => ("StoreName", O::Name(n.0)),
        DeleteName(n) => ("DeleteName", O::Name(n.0)),
        LoadAttr(n) => ("LoadAttr", O::Name(n.0)),
        StoreAttr(n) => ("StoreAttr", O::Name(n.0)),
        DeleteAttr(n) => ("DeleteAttr", O::Name(n.0)),
        LoadMethod(n) => ("LoadMethod", O::Name(n.0)),
        CallMethod(n) => ("CallMethod", O::Count(n)),
        Subscr => ("Subscr", O::None),
        StoreSubscr => ("StoreSubscr", O::None),
        DeleteSubscr => ("DeleteSubscr", O::None),
        BuildSlice(n) => ("BuildSlice", O::Count(n)),
        Binary(op) => ("Binary", O::Word(op.symbol())),
        Inplace(op) => ("Inplace", O::Text(format!("{}=", op.symbol()))),
        Unary(op) => (
            "Unary",
            O::Word(match op {
                super::UnaryOp::Neg => "-",
                super::UnaryOp::Pos => "+",
                super::UnaryOp::Invert => "~",
                super::UnaryOp::Not => "not",
            }),
        ),
        Compare(op) => ("Compare", O::Word(op.symbol())),
        Is(neg) => ("Is", O::Word(if neg { "is not" } else { "is" })),
        In(neg) => ("In", O::Word(if neg { "not in" } else { "in" })),
        Jump(l) => ("Jump", O::Jump(l.0)),
        PopJumpIfFalse(l) => ("PopJumpIfFalse", O::Jump(l.0)),
        PopJumpIfTrue(l) => ("PopJumpIfTrue", O::Jump(l.0)),
        JumpIfFalseOrPop(l) => ("JumpIfFalseOrPop", O::Jump(l.0)),
        JumpIfTrueOrPop(l) => ("JumpIfTrueOrPop", O::Jump(l.0)),
        GetIter => ("GetIter", O::None),
        ForIter(l) => ("ForIter", O::Jump(l.0)),
        BuildTuple(n) => ("BuildTuple", O::Count(n)),
        BuildList(n) => ("BuildList", O::Count(n)),
        BuildSet(n) => ("BuildSet", O::Count(n)),
        BuildMap(n) => ("BuildMap", O::Count(n)),
        BuildString(n) => ("BuildString", O::Count(n)),
        ListToTuple => ("ListToTuple", O::None),
        ListAppend(n) => ("ListAppend", O::Count(n)),
        SetAdd(n) => ("SetAdd", O::Count(n)),
        MapAdd(n) => ("MapAdd", O::Count(n)),
        ListExtend(n) => ("ListExtend", O::Count(n)),
        SetUpdate(n) => ("SetUpdate", O::Count(n)),
        DictUpdate(n) => ("DictUpdate", O::Count(n)),
        DictMerge(n) => ("DictMerge", O::Count(n)),
        UnpackSequence(n) => ("UnpackSequence", O::Count(n)),
        UnpackEx { before, after } => ("UnpackEx", O::Text(format!("{before}, *, {after}"))),
        FormatValue {
            conversion,
            has_spec,
        } => {
            let conv = match conversion {
                Conversion::None => "",
                Conversion::Str => "!s",
                Conversion::Repr => "!r",
                Conversion::Ascii => "!a",
            };
            let spec = if has_spec { ":spec" } else { "" };
            ("FormatValue", O::Text(format!("{conv}{spec}")))
        }
        MakeFunction {
            code,
            defaults,
            kwdefaults,
            annotations,
        } => {
            let mut extra = String::new();
            if defaults {
                extra.push_str(" +defaults");
            }
            if kwdefaults {
                extra.push_str(" +kwdefaults");
            }
            if annotations {
                extra.push_str(" +annotations");
            }
            ("MakeFunction", O::Function(code.0, extra))
        }
        Call(n) => ("Call", O::Count(n)),
        CallKw(n) => ("CallKw", O::Count(n)),
        CallEx { kwargs } => ("CallEx", O::Word(if kwargs { "+kwargs" } else { "" })),
        BuildClass(n) => ("BuildClass", O::Count(n)),
        Return => ("Return", O::None),
        Yield => ("Yield", O::None),
        GetYieldFromIter => ("GetYieldFromIter", O::None),
        GetAwaitable => ("GetAwaitable", O::None),
        AsyncGenWrap => ("AsyncGenWrap", O::None),
        GetAIter => ("GetAIter", O::None),
        GetANext => ("GetANext", O::None),
        EndAsyncFor => ("EndAsyncFor", O::None),
        BeforeAsyncWith => ("BeforeAsyncWith", O::None),
        Send(l) => ("Send", O::Jump(l.0)),
        Raise(n) => ("Raise", O::Count(n)),
        Reraise => ("Reraise", O::None),
        PushExcInfo => ("PushExcInfo", O::None),
        PopExcept => ("PopExcept", O::None),
        CheckExcMatch => ("CheckExcMatch", O::None),
        CheckEgMatch(l) => ("CheckEgMatch", O::Jump(l.0)),
        PrepReraiseStar(l) => ("PrepReraiseStar", O::Jump(l.0)),
        BeforeWith => ("BeforeWith", O::None),
        WithExceptStart => ("WithExceptStart", O::None),
        LoadAssertionError => ("LoadAssertionError", O::None),
        ImportName { name, level, leaf } => (
            match (level, leaf) {
                (0, false) => "ImportName",
                (0, true) => "ImportName(leaf)",
                _ => "ImportName(relative)",
            },
            O::Name(name.0),
        ),
        ImportFrom(n) => ("ImportFrom", O::Name(n.0)),
        ImportStar => ("ImportStar", O::None),
        MatchSequence => ("MatchSequence", O::None),
        MatchMapping => ("MatchMapping", O::None),
        GetLen => ("GetLen", O::None),
        MatchKeys => ("MatchKeys", O::None),
        CopyDictWithout => ("CopyDictWithout", O::None),
        MatchClass { positional, names } => (
            "MatchClass",
            O::Text(format!("{positional} +names {}", names.0)),
        ),
        EndOfCode => ("EndOfCode", O::None),
        LoadFastLoadFast(a, b) => ("LoadFastLoadFast", O::Text(format!("{} {}", a.0, b.0))),
        LoadFastLoadConst(a, c) => ("LoadFastLoadConst", O::Text(format!("{} {}", a.0, c.0))),
        StoreFastLoadFast(a, b) => ("StoreFastLoadFast", O::Text(format!("{} {}", a.0, b.0))),
        BinaryFastFast { op, inplace, a, b } => (
            "BinaryFastFast",
            O::Text(format!("{} {} {}", a.0, op_word(op, inplace), b.0)),
        ),
        BinaryFastConst { op, inplace, a, c } => (
            "BinaryFastConst",
            O::Text(format!("{} {} {}", a.0, op_word(op, inplace), c.0)),
        ),
        BinaryFast { op, inplace, b } => (
            "BinaryFast",
            O::Text(format!("{} {}", op_word(op, inplace), b.0)),
        ),
        BinaryConst { op, inplace, c } => (
            "BinaryConst",
            O::Text(format!("{} {}", op_word(op, inplace), c.0)),
        ),
        BinaryStoreFast { op, inplace, l } => (
            "BinaryStoreFast",
            O::Text(format!("{} {}", op_word(op, inplace), l.0)),
        ),
        CompareJump {
            op,
            jump_if,
            target,
        } => (
            if jump_if {
                "CompareJumpIfTrue"
            } else {
                "CompareJumpIfFalse"
            },
            O::Text(format!("{} -> {}", op.symbol(), target.0)),
        ),
        SubscrFastConst(a, c) => ("SubscrFastConst", O::Text(format!("{} {}", a.0, c.0))),
        SubscrFastFast(a, b) => ("SubscrFastFast", O::Text(format!("{} {}", a.0, b.0))),
        SubscrFastConstKeep(a, c) => ("SubscrFastConstKeep", O::Text(format!("{} {}", a.0, c.0))),
        StoreSubscrFastFast(a, b) => ("StoreSubscrFastFast", O::Text(format!("{} {}", a.0, b.0))),
        InplaceStoreSubscr(op) => ("InplaceStoreSubscr", O::Text(op_word(op, true))),
        BinaryFastConstStoreFast {
            op,
            inplace,
            a,
            c,
            l,
        } => (
            "BinaryFastConstStoreFast",
            O::Text(format!("{a} {} {c} -> {l}", op_word(op, inplace))),
        ),
        BinaryConstFast { op, inplace, c, a } => (
            "BinaryConstFast",
            O::Text(format!("{} {} {}", c.0, op_word(op, inplace), a.0)),
        ),
        SubscrPairStoreFast { op, a, c, b, d, l } => (
            "SubscrPairStoreFast",
            O::Text(format!("{a} {c} {} {b} {d} -> {l}", op.symbol())),
        ),
        SubscrFastStoreFast { op, a, c, b, l } => (
            "SubscrFastStoreFast",
            O::Text(format!("{a} {c} {} {b} -> {l}", op.symbol())),
        ),
        InplaceSubscrFastFast {
            update,
            op,
            a,
            c,
            x,
            y,
        } => (
            "InplaceSubscrFastFast",
            O::Text(format!(
                "{a} {c} {} {x} {} {y}",
                op_word(update, true),
                op.symbol()
            )),
        ),
        UnpackStoreFastFast(a, b) => ("UnpackStoreFastFast", O::Text(format!("{} {}", a.0, b.0))),
        InplaceSubscrFastSubscr {
            update,
            op,
            a,
            c,
            x,
            d,
        } => (
            "InplaceSubscrFastSubscr",
            O::Text(format!(
                "{a} {c} {} {x} {} {d}",
                op_word(update, true),
                op.symbol()
            )),
        ),
        BinaryQuad {
            op,
            op2,
            then,
            a,
            b,
            c,
            d,
        } => (
            "BinaryQuad",
            O::Text(format!(
                "{a} {} {b} {} {c} {} {d}",
                op.symbol(),
                then.symbol(),
                op2.symbol()
            )),
        ),
        BinaryConstStoreFast { op, inplace, c, l } => (
            "BinaryConstStoreFast",
            O::Text(format!("{} {} -> {}", op_word(op, inplace), c.0, l.0)),
        ),
        CompareFastConstJump {
            op,
            jump_if,
            a,
            c,
            target,
        } => (
            if jump_if {
                "CompareFastConstJumpIfTrue"
            } else {
                "CompareFastConstJumpIfFalse"
            },
            O::Text(format!("{a} {} {c} -> {}", op.symbol(), target.0)),
        ),
    }
}

/// A fused binary operator as the listing shows it: `+`, or `+=` for the in-place form.
fn op_word(op: super::BinOp, inplace: bool) -> String {
    if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    }
}

/// A short rendering of a constant for the listing.
fn show_const(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Str(s) => format!("{:?}", &**s),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(show_const).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

fn show_operand(code: &CodeObject, offset: usize, operand: &Operand) -> String {
    match operand {
        Operand::None => String::new(),
        Operand::Const(i) => format!(
            "{i} ({})",
            code.consts.get(*i as usize).map_or("?".into(), show_const)
        ),
        Operand::Name(i) => format!("{i} ({})", code.names.get(*i as usize).map_or("?", |s| s)),
        Operand::Local(i) => format!(
            "{i} ({})",
            code.varnames.get(*i as usize).map_or("?", |s| s)
        ),
        Operand::Cell(i) => {
            let name = if (*i as usize) < code.ncells() {
                code.cell_name(super::CellId(*i))
            } else {
                "?"
            };
            format!("{i} ({name})")
        }
        Operand::Jump(target) => format!("{offset} -> {target}"),
        Operand::Count(n) => n.to_string(),
        Operand::Word(w) => w.to_string(),
        Operand::Text(t) => t.clone(),
        Operand::Function(i, extra) => match code.consts.get(*i as usize) {
            Some(Const::Code(inner)) => format!("{i} ({}){extra}", inner.qualname),
            _ => format!("{i} (?){extra}"),
        },
    }
}

/// The listing of `code` and, after it, of every code object nested in it (depth first).
pub fn disassemble(code: &CodeObject, source: &str) -> String {
    let lines = LineIndex::new(source);
    let mut out = String::new();
    disassemble_into(code, source, &lines, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, source: &str, lines: &LineIndex, out: &mut String) {
    let (first, _) = lines.line_col(code.first_line_span.start);
    let _ = writeln!(
        out,
        "Disassembly of {} ({}, line {first}):",
        code.qualname, code.filename
    );
    let mut last_line = 0;
    for (offset, instr) in code.instrs.iter().enumerate() {
        let span = code.spans[offset];
        let (line, _) = lines.line_col(span.start);
        if line != last_line {
            last_line = line;
            let text = source_line(source, span.start);
            let _ = writeln!(out, "{line:>4} | {}", text.trim());
        }
        let (name, operand) = split(instr);
        let operand = show_operand(code, offset, &operand);
        let line = format!("     {offset:>4} {name:<18} {operand}");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if !code.handlers.is_empty() {
        let _ = writeln!(out, "  Exception table:");
        for h in &code.handlers {
            let _ = writeln!(
                out,
                "     {} to {} -> {} [depth {}]",
                h.start,
                h.end - 1,
                h.target.0,
                h.depth
            );
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, source, lines, out);
        }
    }
}

/// The full source line holding byte `at`.
fn source_line(source: &str, at: usize) -> &str {
    let bytes = source.as_bytes();
    let at = at.min(bytes.len());
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i);
    source.get(start..end).unwrap_or("")
}
